// The Mustache-subset template engine: escaping, names, sections, partials, errors.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "web/template.h"

namespace thidua::web {
namespace {

Templates make(std::vector<std::pair<std::string, std::string>> sources) {
  auto t = Templates::parse(sources);
  EXPECT_TRUE(t.ok()) << (t.ok() ? "" : t.error().message);
  return std::move(*t);
}

std::string render(const std::string& source, const char* json) {
  Templates t = make({{"t", source}});
  auto out = t.render("t", boost::json::parse(json));
  EXPECT_TRUE(out.ok()) << (out.ok() ? "" : out.error().message);
  return out.ok() ? *out : std::string();
}

TEST(Template, EscapesForTextAndAttributes) {
  EXPECT_EQ(render("<a title=\"{{x}}\">{{x}}</a>", R"({"x":"<b>\"Tú\" & 'Lan'</b>"})"),
            "<a title=\"&lt;b&gt;&quot;Tú&quot; &amp; &#39;Lan&#39;&lt;/b&gt;\">"
            "&lt;b&gt;&quot;Tú&quot; &amp; &#39;Lan&#39;&lt;/b&gt;</a>");
  EXPECT_EQ(render("{{{x}}}|{{& x}}", R"({"x":"<i>ý</i>"})"), "<i>ý</i>|<i>ý</i>");
}

TEST(Template, EscapesAtEveryPositionAndKeepsPlainRunsWhole) {
  EXPECT_EQ(render("{{x}}", R"({"x":"&"})"), "&amp;");
  EXPECT_EQ(render("{{x}}", R"({"x":"<<Đơn vị>>"})"), "&lt;&lt;Đơn vị&gt;&gt;");
  EXPECT_EQ(render("{{x}}", R"({"x":"Sở Tài nguyên và Môi trường"})"), "Sở Tài nguyên và Môi trường");
  EXPECT_EQ(render("[{{x}}]", R"({"x":""})"), "[]");
  EXPECT_EQ(render("{{x}}", R"({"x":["<a>"]})"), "[&quot;&lt;a&gt;&quot;]") << "other values as JSON, escaped";
}

TEST(Template, IntegersOfEveryRange) {
  EXPECT_EQ(render("{{a}} {{b}} {{c}}", R"({"a":-9223372036854775808,"b":18446744073709551615,"c":0})"),
            "-9223372036854775808 18446744073709551615 0");
}

TEST(Template, ScalarsAndMissingNames) {
  EXPECT_EQ(render("{{n}} {{f}} {{b}} {{z}} [{{missing}}]", R"({"n":42,"f":1.5,"b":true,"z":null})"),
            "42 1.5 true  []");
}

TEST(Template, DottedNamesAndCurrentItem) {
  EXPECT_EQ(render("{{unit.head.name}}", R"({"unit":{"head":{"name":"Trần Thị Hoa"}}})"), "Trần Thị Hoa");
  EXPECT_EQ(render("{{#tags}}[{{.}}]{{/tags}}", R"({"tags":["a","b"]})"), "[a][b]");
  // A dotted name does not fall back to outer contexts after its first segment.
  EXPECT_EQ(render("{{#a}}{{b.c}}{{/a}}", R"({"a":{"b":{}},"b":{"c":"outer"}})"), "");
}

TEST(Template, SectionsFollowTruthiness) {
  const char* ctx = R"({"f":false,"n":null,"e":[],"s":"","t":true,"o":{"v":"x"},"zero":0,
                        "list":[{"v":1},{"v":2}],"str":"có"})";
  EXPECT_EQ(render("{{#f}}F{{/f}}{{#n}}N{{/n}}{{#e}}E{{/e}}{{#s}}S{{/s}}{{#missing}}M{{/missing}}", ctx), "");
  EXPECT_EQ(render("{{#t}}T{{/t}}{{#o}}{{v}}{{/o}}{{#zero}}0{{/zero}}{{#str}}{{.}}{{/str}}", ctx), "Tx0có");
  EXPECT_EQ(render("{{#list}}<{{v}}>{{/list}}", ctx), "<1><2>");
  EXPECT_EQ(render("{{^f}}a{{/f}}{{^e}}b{{/e}}{{^s}}c{{/s}}{{^t}}d{{/t}}{{^list}}e{{/list}}", ctx), "abc");
}

TEST(Template, OuterNamesVisibleInsideSections) {
  EXPECT_EQ(render("{{#people}}{{name}} ({{unit}}) {{/people}}",
                   R"({"unit":"Phòng Tổ chức","people":[{"name":"An"},{"name":"Bình","unit":"Văn phòng"}]})"),
            "An (Phòng Tổ chức) Bình (Văn phòng) ");
}

TEST(Template, CommentsAreDropped) { EXPECT_EQ(render("a{{! ghi chú }}b", "{}"), "ab"); }

TEST(Template, PartialsSeeTheCurrentContext) {
  Templates t = make({{"page", "<ul>{{#items}}{{> item}}{{/items}}</ul>"}, {"item", "<li>{{name}}</li>"}});
  auto out = t.render("page", boost::json::parse(R"({"items":[{"name":"Lê Văn Nam"},{"name":"<x>"}]})"));
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "<ul><li>Lê Văn Nam</li><li>&lt;x&gt;</li></ul>");
}

TEST(Template, ParseErrors) {
  auto unclosed = Templates::parse({{"a", "{{#x}}open"}});
  ASSERT_FALSE(unclosed.ok());
  EXPECT_EQ(unclosed.error().field, "a");
  EXPECT_FALSE(Templates::parse({{"a", "{{#x}}{{/y}}"}}).ok());
  EXPECT_FALSE(Templates::parse({{"a", "{{/x}}"}}).ok());
  EXPECT_FALSE(Templates::parse({{"a", "{{x"}}).ok());
  EXPECT_FALSE(Templates::parse({{"a", "{{}}"}}).ok());
  EXPECT_FALSE(Templates::parse({{"a", "{{=<% %>=}}"}}).ok());
  EXPECT_FALSE(Templates::parse({{"a", "{{> nowhere}}"}}).ok());
}

TEST(Template, UnknownTemplateAndRunawayRecursion) {
  Templates t = make({{"loop", "x{{> loop}}"}});
  auto missing = t.render("nope", boost::json::object());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, core::errc::kNotFound);
  EXPECT_FALSE(t.render("loop", boost::json::object()).ok());
}

TEST(Template, FromFilesStripsHtmlExtension) {
  const core::EmbeddedFile files[] = {{"layout.html", "[{{> people/row}}]"}, {"people/row.html", "{{v}}"}};
  auto t = Templates::from_files(files, 2);
  ASSERT_TRUE(t.ok()) << t.error().message;
  EXPECT_TRUE(t->contains("people/row"));
  EXPECT_EQ(*t->render("layout", boost::json::parse(R"({"v":"ok"})")), "[ok]");
}

TEST(Template, EmbeddedTemplatesAllParse) {
  EXPECT_NO_THROW(Templates::embedded());
}

}  // namespace
}  // namespace thidua::web

namespace thidua::web {
namespace {

// render_in_layout gives what rendering the body and then the layout with the
// body's text gives, the body seeing its own context only.
TEST(Template, ABodyRenderedInItsLayoutsSlot) {
  auto t = Templates::parse({{"layout", "<title>{{title}}</title><main>{{{content}}}</main>{{#user}}{{name}}{{/user}}"},
                             {"page", "<h1>{{heading}}</h1>{{title}}|{{{content}}}|{{> row}}"},
                             {"row", "<p>{{heading}} &amp; {{n}}</p>"}});
  ASSERT_TRUE(t.ok()) << t.error().message;
  const boost::json::value layout = boost::json::object{{"title", "Nhân sự"}, {"user", {{"name", "An"}}}};
  const boost::json::value body = boost::json::object{{"heading", "A<b"}, {"n", 3}, {"content", "<i>raw</i>"}};
  auto one = t->render_in_layout("layout", layout, "content", "page", body);
  ASSERT_TRUE(one.ok()) << one.error().message;
  auto inner = t->render("page", body);
  ASSERT_TRUE(inner.ok());
  boost::json::value two_step = layout;
  two_step.as_object()["content"] = *inner;
  auto expected = t->render("layout", two_step);
  ASSERT_TRUE(expected.ok());
  EXPECT_EQ(*one, *expected);
  EXPECT_EQ(*one,
            "<title>Nhân sự</title><main><h1>A&lt;b</h1>|<i>raw</i>|<p>A&lt;b &amp; 3</p></main>An")
      << "the body does not see the layout's title; its own content is a value";
  auto missing = t->render_in_layout("layout", layout, "content", "nowhere", body);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, core::errc::kNotFound);
}

// An error names the template it arose in: the layout's own, or the body's.
TEST(Template, ALayoutErrorNamesTheLayoutAndABodyErrorTheBody) {
  // A partial that includes itself fails when rendered, past 32 levels.
  auto t = Templates::parse({{"layout", "<main>{{{content}}}</main>{{#broken}}{{> loop}}{{/broken}}"},
                             {"page", "<h1>{{#bad}}{{> loop}}{{/bad}}</h1>"},
                             {"loop", "{{> loop}}"}});
  ASSERT_TRUE(t.ok()) << t.error().message;
  const boost::json::value layout = boost::json::object{{"broken", true}};
  auto in_layout = t->render_in_layout("layout", layout, "content", "page", boost::json::object{});
  ASSERT_FALSE(in_layout.ok());
  EXPECT_EQ(in_layout.error().field, "layout") << in_layout.error().message;
  EXPECT_NE(in_layout.error().message.find("loop"), std::string::npos) << in_layout.error().message;
  auto in_body = t->render_in_layout("layout", boost::json::object{}, "content", "page",
                                     boost::json::object{{"bad", true}});
  ASSERT_FALSE(in_body.ok());
  EXPECT_EQ(in_body.error().field, "page") << in_body.error().message;
  auto alone = t->render("page", boost::json::object{{"bad", true}});
  ASSERT_FALSE(alone.ok());
  EXPECT_EQ(alone.error().field, "page");
}

}  // namespace
}  // namespace thidua::web
