#include "web/shared/form_input.h"

#include <string_view>

#include "web/shared/params.h"

namespace thidua::web {

using core::CriterionSubject;

app::NominationInput nomination_input_from(const Ctx& ctx) {
  app::NominationInput in;
  in.award_type_id = parse_id(ctx.field("award_type_id"));
  in.subject = core::parse_criterion_subject(ctx.field("subject")).value_or(CriterionSubject::kIndividual);
  in.unit_id = parse_id(ctx.field("unit_id"));
  in.person_id = parse_id(ctx.field("person_id"));
  in.nominee_unit_id = parse_id(ctx.field("nominee_unit_id"));
  in.report = ctx.field("report");
  if (const FormPart* f = ctx.file("report_file")) in.report_file = app::UploadedFile{f->filename, f->data};
  in.remove_report_file = ctx.field("remove_report_file") == "1";
  const std::string prefix = kAttestationPrefix;
  for (const auto& [name, value] : ctx.form) {
    if (name.rfind(prefix, 0) != 0) continue;
    if (auto id = parse_id(std::string_view(name).substr(prefix.size()))) in.attestations[*id] = value;
  }
  return in;
}

}  // namespace thidua::web
