// wkr — staff discount on the employer's own products (personeelskorting, producten uit eigen
// bedrijf): a targeted exemption (MvT Belastingplan 2020 §6.4: "Voor branche-eigen producten
// bestaat een gerichte vrijstelling tot een bedrag van ten hoogste 20% van de waarde in het
// economische verkeer. Dit is elders geregeld in de wet."; the article itself was not retrieved).
//
// A discount (or reimbursement) on products that are not foreign to the employer's business is
// exempt up to staff_discount.rate (20%) of the products' value per product, and up to
// staff_discount.annual_maximum (€500) per employee per calendar year together — also for an
// employee who joins during the year, without carrying unused room forward (anbos.nl 2025-10-07;
// kantoorabri.nl; nu.nl for the pre-2011 rule). From 2020 the value is always the value in the
// economic sense (waarde in het economische verkeer, MvT BP2020 §6.4): the selling price including
// VAT, or the lowest market price. The part above either limit is designated or wage.
//
// An item is one product, or products given the same discount rate: the 20% applies per product,
// so a row that mixes rates could exempt a product's discount above 20% against another's room. The
// €500 is the employee's over the year: the evaluation gives it to the employee's staff_discount
// items in the order they are given, each taking what is left (evaluation.hpp).
#pragma once

#include "wkr/allowances/common.hpp"
#include "wkr/limits.hpp"

namespace wkr {

/// A staff discount of `discount` on products worth `value`, when the employee's earlier
/// staff_discount items of the year were already exempt for `already_exempt`. Errors: a negative
/// amount (invalid_argument); a year the tables do not cover.
[[nodiscard]] inline ItemTreatment staff_discount(const Parameters& parameters, int year, const Decimal& discount,
                                                  const Decimal& value, const Decimal& already_exempt,
                                                  ExcessTreatment excess = ExcessTreatment::designate,
                                                  Explain explain = Explain::no) {
  using namespace detail::allowance;
  limits::require_amount(discount, "the discount");
  limits::require_amount(value, "the value of the products");
  constexpr std::string_view reference =
      "MvT Belastingplan 2020 §6.4 (gerichte vrijstelling producten uit eigen bedrijf)";
  ItemTreatment t;
  const Trace trace(t.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  const Decimal& rate = table[param::staff_discount_rate];
  const Decimal exact = rate * value;
  trace.step([&] {
    return Step{.rule = "staff_discount.per_product",
                .reference = std::string(reference),
                .formula = say("staff_discount.per_product.formula", num(rate), euro(value)),
                .inputs = {{"value", value, Unit::eur}},
                .parameters = {describe(table.use(param::staff_discount_rate))},
                .result = {"cap", exact, Unit::eur}};
  });
  const Decimal per_product = round_cap(table, exact, "staff_discount.per_product_rounding", "cap", trace);
  const Decimal& maximum = table[param::staff_discount_annual_maximum];
  const Decimal left = already_exempt < maximum ? maximum - already_exempt : Decimal();
  const Decimal cap = min(per_product, left);
  trace.step([&] {
    return Step{.rule = "staff_discount.annual",
                .reference = std::string(reference),
                .formula = say("staff_discount.annual.formula", euro(per_product), euro(maximum), euro(already_exempt)),
                .inputs = {{"cap", per_product, Unit::eur}, {"already_exempt", already_exempt, Unit::eur}},
                .parameters = {describe(table.use(param::staff_discount_annual_maximum))},
                .result = {"cap", cap, Unit::eur}};
  });
  set_from_split(t, split(discount, cap, excess, reference, trace));
  return t;
}

}  // namespace wkr
