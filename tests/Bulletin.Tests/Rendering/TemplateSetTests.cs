using Bulletin.Core.Rendering;

namespace Bulletin.Tests.Rendering;

public sealed class TemplateSetTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Rendering", name);

    [Theory]
    [InlineData("unclosed-expression", 4, 2)] // "{{ foo" on line 3 runs into the "{{" on line 4
    [InlineData("unclosed-block", 8, 9)]      // the file ends before the outer "for" has its "end"
    [InlineData("stray-close", 5, 7)]         // the "end" on line 5 closes nothing
    public void A_broken_template_names_its_file_line_and_column(string fixture, int line, int column)
    {
        var ex = Assert.Throws<TemplateException>(() => TemplateSet.Load(Fixture(fixture), ["txt"]));

        Assert.Equal(Path.Combine(Fixture(fixture), "draft.txt.scriban"), ex.File);
        Assert.Equal((line, column), (ex.Line, ex.Column));
        Assert.StartsWith($"rendering: {Path.Combine(Fixture(fixture), "draft.txt.scriban")} line {line}, column {column}: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_partial_names_the_partial_file()
    {
        var ex = Assert.Throws<TemplateException>(() => TemplateSet.Load(Fixture("broken-partial"), ["txt"]));

        Assert.Equal(Path.Combine(Fixture("broken-partial"), "partials", "heading.scriban"), ex.File);
        Assert.Equal(3, ex.Line); // the partial ends before the "if" of line 2 has its "end"
        Assert.Contains("<end>", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_the_model_lacks_fails_the_check_at_its_position()
    {
        var set = TemplateSet.Load(Fixture("unknown-name"), ["txt"]);

        var ex = Assert.Throws<TemplateException>(set.Check);

        Assert.Equal(Path.Combine(Fixture("unknown-name"), "draft.txt.scriban"), ex.File);
        Assert.Equal((4, 25), (ex.Line, ex.Column));
        Assert.EndsWith("draft.txt.scriban line 4, column 25: The variable or function `item_cuont` was not found", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_template_names_the_file_and_the_setting()
    {
        var ex = Assert.Throws<TemplateException>(() => TemplateSet.Load(Fixture("only-html"), ["html", "md"]));

        Assert.EndsWith($"draft.md.scriban not found; expected one template per format in Bulletin:Rendering:Formats", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(Fixture("only-html"), "draft.md.scriban"), ex.File);
    }

    [Fact]
    public void A_missing_folder_names_the_setting()
    {
        var ex = Assert.Throws<TemplateException>(() => TemplateSet.Load(Fixture("no-such-folder"), ["html"]));

        Assert.Contains("Bulletin:Rendering:TemplatesPath", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../html")]
    [InlineData("HTML")]
    public void Rejects_format_names_that_are_not_plain_words(string format)
    {
        var ex = Assert.Throws<TemplateException>(() => TemplateSet.Load(Fixture("only-html"), [format]));

        Assert.Contains("Bulletin:Rendering:Formats", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Partials_are_available_to_the_templates()
    {
        var set = TemplateSet.Load(Fixture("with-partial"), ["txt"]);
        var model = new DraftModel(
            new WindowModel("17 May 2025", "23 May 2025", "2025-05-17", "2025-05-23", "Asia/Yangon"),
            [new SectionModel("Reports", []), new SectionModel("<Other>", [])],
            0,
            []);

        Assert.Equal("== Reports (0) ==\n== <Other> (0) ==\n", set.Render("txt", model));
    }

    [Fact]
    public void The_new_formats_in_the_templates_readme_render_and_encode_by_their_names()
    {
        // The fixture holds the two examples of templates/README.md, copied verbatim.
        var set = TemplateSet.Load(Fixture("new-formats"), ["wphtml", "email"]);
        var item = new ItemModel("//example.org/1", "Rights & \"wrongs\" <now>", "Example Watch", "https://example.org/1", "20 May 2025", "2025-05-20T10:00:00+06:30", "en", "statement", null, null, null);
        var model = new DraftModel(
            new WindowModel("17 May 2025", "23 May 2025", "2025-05-17", "2025-05-23", "Asia/Yangon"),
            [new SectionModel("Statements and Press Releases", [item]), new SectionModel("Reports", [])],
            1,
            []);

        Assert.Contains("<p><a href=\"https://example.org/1\">Rights &amp; &quot;wrongs&quot; &lt;now&gt;</a><br>By Example Watch</p>", set.Render("wphtml", model), StringComparison.Ordinal);
        Assert.DoesNotContain("Reports", set.Render("wphtml", model), StringComparison.Ordinal);
        Assert.Equal(
            "Subject: Resources from the past week, 17 May 2025 – 23 May 2025\n\nSTATEMENTS AND PRESS RELEASES\n\n* Rights & \"wrongs\" <now>\n  By Example Watch\n  https://example.org/1\n\n",
            set.Render("email", model));
    }

    [Fact]
    public void The_shipped_templates_parse_and_render_a_sample_week()
    {
        var set = TemplateSet.Load(RepositoryTemplates.Path, ["html", "md", "txt"]);

        set.Check();
        Assert.Equal(["html", "md", "txt"], set.Formats);
    }
}
