/* One wkr_context shared by 8 threads through the C ABI: typed settlements and JSON requests
   (evaluations of items, ledgers) of different employers, each thread in its own order; every
   result must be byte for byte what the single-threaded run gave. Label "threads": the
   ThreadSanitizer build (preset tsan) runs it. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <wkr/wkr.h>

#define QUESTIONS 48
#define THREADS 8

static wkr_context* context;
static char* expected[QUESTIONS];
static char requests[QUESTIONS][512];
static int failures;
static pthread_mutex_t failures_lock = PTHREAD_MUTEX_INITIALIZER;

/* The answer to question i as text: a settlement's fields or the JSON response. */
static char* answer(int i) {
  char* text = NULL;
  if (i % 3 == 0) {
    wkr_settle_input input = WKR_SETTLE_INPUT_INIT;
    wkr_settlement result = WKR_SETTLEMENT_INIT;
    input.year = 2015 + i % 12;
    input.wage_bill_cents = 25000000 + (int64_t)i * 3701301;
    input.designated_cents = 900000 + (int64_t)i * 31100;
    const int32_t status = wkr_settle(context, &input, &result);
    text = malloc(200);
    if (text == NULL) abort();
    snprintf(text, 200, "%d %lld %lld %lld %lld", (int)status, (long long)result.free_space_cents,
             (long long)result.excess_cents, (long long)result.final_levy_cents,
             (long long)result.final_levy_return_cents);
    return text;
  }
  char* response = NULL;
  const int32_t status = wkr_evaluate_json(context, requests[i], strlen(requests[i]), &response, NULL);
  if (status != WKR_OK) {
    text = malloc(600);
    if (text == NULL) abort();
    snprintf(text, 600, "%d %s", (int)status, wkr_last_error_message());
    return text;
  }
  text = strdup(response);
  wkr_free(response);
  if (text == NULL) abort();
  return text;
}

static void* run(void* argument) {
  const int t = *(const int*)argument;
  for (int k = 0; k < 2 * QUESTIONS; ++k) {
    const int i = (t * 7 + k) % QUESTIONS;
    char* got = answer(i);
    if (strcmp(got, expected[i]) != 0) {
      pthread_mutex_lock(&failures_lock);
      fprintf(stderr, "FAILED: thread %d, question %d: %s\n  instead of %s\n", t, i, got, expected[i]);
      ++failures;
      pthread_mutex_unlock(&failures_lock);
    }
    free(got);
  }
  return NULL;
}

int main(void) {
  if (wkr_context_new(&context) != WKR_OK) {
    fprintf(stderr, "no context: %s\n", wkr_last_error_message());
    return 1;
  }
  for (int i = 0; i < QUESTIONS; ++i) {
    const int year = 2020 + i % 7;
    if (i % 3 == 1) {
      snprintf(requests[i], sizeof requests[i],
               "{\"command\": \"evaluate\", \"year\": %d, \"items\": ["
               "{\"employee\": \"E%d\", \"category\": \"home_working\", \"amount\": \"500\", \"quantity\": %d},"
               "{\"employee\": \"E%d\", \"category\": \"commute_km\", \"amount\": \"900\", \"quantity\": %d}]}",
               year, i, 100 + i, i, 3000 + 17 * i);
    } else if (i % 3 == 2) {
      snprintf(requests[i], sizeof requests[i],
               "{\"command\": \"ledger\", \"year\": %d, \"periods_csv\": "
               "\"period,wage_bill,designated\\n1,%d,1000\\n2,%d,0\\n3,%d,2500\\n\"}",
               year, 30000 + 1000 * i, 31000 + 1000 * i, 32000 + 1000 * i);
    }
    expected[i] = answer(i);
  }
  pthread_t threads[THREADS];
  int numbers[THREADS];
  for (int t = 0; t < THREADS; ++t) {
    numbers[t] = t;
    if (pthread_create(&threads[t], NULL, run, &numbers[t]) != 0) return 1;
  }
  for (int t = 0; t < THREADS; ++t) pthread_join(threads[t], NULL);
  for (int i = 0; i < QUESTIONS; ++i) free(expected[i]);
  wkr_context_free(context);
  if (failures != 0) {
    fprintf(stderr, "%d failures\n", failures);
    return 1;
  }
  puts("8 threads over one wkr_context: every result identical to the single-threaded run");
  return 0;
}
