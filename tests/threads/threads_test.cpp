// One Parameters shared by 8 threads: every thread computes different employees, settlements and
// ledgers (with their explanations, through the JSON requests) in its own order, and every result
// must be byte for byte what the single-threaded run gave. Built alone (label "threads") so the
// ThreadSanitizer build (preset tsan) runs it without building the whole suite; the batches of
// batch.hpp are checked the same way for 1 and 8 threads (determinism, docs/limits.md).
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "wkr/batch.hpp"
#include "wkr/request.hpp"

namespace {

int failures = 0;

void check(bool condition, const std::string& what) {
  if (!condition) {
    std::fprintf(stderr, "FAILED: %s\n", what.c_str());
    ++failures;
  }
}

/// Different questions: settlements, evaluations of items and ledgers of many employers and years.
std::vector<nlohmann::json> requests() {
  std::vector<nlohmann::json> out;
  for (int i = 0; i < 24; ++i) {
    const int year = 2020 + i % 7;
    out.push_back({{"command", "settle"},
                   {"year", year},
                   {"wage_bill", {std::to_string(250000 + 37013 * i) + "." + std::to_string(10 + i)}},
                   {"designated", std::to_string(9000 + 311 * i)}});
    out.push_back({{"command", "evaluate"},
                   {"year", year},
                   {"items",
                    {{{"employee", "E" + std::to_string(i)},
                      {"category", "home_working"},
                      {"amount", "500"},
                      {"quantity", 100 + i}},
                     {{"employee", "E" + std::to_string(i)},
                      {"category", "commute_km"},
                      {"amount", "900"},
                      {"quantity", 3000 + 17 * i}},
                     {{"employee", "F" + std::to_string(i)}, {"category", "free_space"}, {"amount", 40 * i}}}}});
    std::string periods = "period,wage_bill,designated\n";
    for (int p = 1; p <= 12; ++p) {
      periods += std::to_string(p) + "," + std::to_string(30000 + 1000 * i + 7 * p) + "," +
                 std::to_string(500 * (p % 3)) + "\n";
    }
    out.push_back({{"command", "ledger"}, {"year", year}, {"periods_csv", periods}});
  }
  return out;
}

void requests_in_threads(const wkr::Parameters& parameters) {
  const std::vector<nlohmann::json> questions = requests();
  std::vector<std::string> expected;
  for (const auto& q : questions) expected.push_back(wkr::evaluate_request(parameters, q).dump());

  constexpr std::size_t thread_count = 8;
  std::vector<std::vector<std::string>> answers(thread_count, std::vector<std::string>(questions.size()));
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < thread_count; ++t) {
    threads.emplace_back([&, t] {
      // Each thread starts elsewhere and goes round twice, so different questions run at once.
      for (std::size_t k = 0; k < 2 * questions.size(); ++k) {
        const std::size_t i = (t * 7 + k) % questions.size();
        answers[t][i] = wkr::evaluate_request(parameters, questions[i]).dump();
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (std::size_t t = 0; t < thread_count; ++t) {
    for (std::size_t i = 0; i < questions.size(); ++i) {
      check(answers[t][i] == expected[i], "thread " + std::to_string(t) + ", request " + questions[i].dump());
    }
  }
}

void batches_for_any_thread_count(const wkr::Parameters& parameters) {
  // 8 × rows_per_thread rows, so 8 threads each take a part.
  const std::size_t rows = 8 * wkr::detail::batch::rows_per_thread;
  std::vector<std::int32_t> years(rows);
  std::vector<std::int64_t> wage_bills(rows);
  std::vector<std::int64_t> designated(rows);
  for (std::size_t i = 0; i < rows; ++i) {
    years[i] = static_cast<std::int32_t>(2015 + i % 12);
    wage_bills[i] = static_cast<std::int64_t>(1000000 + 7919 * i);
    // Every fifth row is bad (a negative amount): the report and the statuses must not depend on threads.
    designated[i] = i % 5 == 0 ? std::int64_t{-1} : static_cast<std::int64_t>(3000 * (i % 97));
  }
  const auto run = [&](unsigned thread_count) {
    std::vector<std::int64_t> free_space(rows), excess(rows), levy(rows), levy_return(rows);
    std::vector<std::int32_t> due(rows);
    std::vector<wkr::RowStatus> status(rows);
    const wkr::BatchReport report = wkr::settle_columns(parameters, years, wage_bills, designated,
                                                        {.free_space_cents = free_space,
                                                         .excess_cents = excess,
                                                         .final_levy_cents = levy,
                                                         .final_levy_return_cents = levy_return,
                                                         .due_period = due,
                                                         .status = status},
                                                        {.threads = thread_count});
    std::string all = std::to_string(report.failed) + " " + std::to_string(report.first_failed) + " " +
                      (report.first_error ? report.first_error->what() : "") + "\n";
    for (std::size_t i = 0; i < rows; ++i) {
      all += std::to_string(free_space[i]) + "," + std::to_string(excess[i]) + "," + std::to_string(levy[i]) + "," +
             std::to_string(levy_return[i]) + "," + std::to_string(due[i]) + "," + std::to_string(status[i]) + "\n";
    }
    return all;
  };
  const std::string one = run(1);
  check(one == run(8), "settle_columns with 8 threads differs from 1 thread");
  check(one == run(3), "settle_columns with 3 threads differs from 1 thread");
}

}  // namespace

int main() {
  const wkr::Parameters parameters = wkr::Parameters::embedded();
  requests_in_threads(parameters);
  batches_for_any_thread_count(parameters);
  if (failures != 0) {
    std::fprintf(stderr, "%d failures\n", failures);
    return EXIT_FAILURE;
  }
  std::puts("8 threads over one Parameters: every result identical to the single-threaded run");
  return EXIT_SUCCESS;
}
