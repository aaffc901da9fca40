using Bulletin.Core.Rendering;

namespace Bulletin.Tests.Rendering;

public sealed class TemplateSetTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Rendering", name);

    [Theory]
    [InlineData("unclosed-expression", 3, 1)] // "{{foo" on line 3
    [InlineData("unclosed-block", 3, 1)]      // "{{#each sections}}" on line 3 never closed
    [InlineData("stray-close", 4, 1)]         // "{{/if}}" on line 4 closes the "#each" from line 2
    public void A_broken_template_names_its_file_and_line(string fixture, int line, int column)
    {
        var ex = Assert.Throws<TemplateException>(() => TemplateSet.Load(Fixture(fixture), ["txt"]));

        Assert.Equal(Path.Combine(Fixture(fixture), "draft.txt.hbs"), ex.File);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Contains("draft.txt.hbs", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"line {line}, column {column}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_partial_names_the_partial_file()
    {
        var ex = Assert.Throws<TemplateException>(() => TemplateSet.Load(Fixture("broken-partial"), ["txt"]));

        Assert.Equal(Path.Combine(Fixture("broken-partial"), "partials", "heading.hbs"), ex.File);
        Assert.Equal(2, ex.Line);
        Assert.Contains("'{{#if}}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_template_names_the_file_and_the_setting()
    {
        var ex = Assert.Throws<TemplateException>(() => TemplateSet.Load(Fixture("only-html"), ["html", "md"]));

        Assert.EndsWith($"draft.md.hbs not found; expected one template per format in Bulletin:Rendering:Formats", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(Fixture("only-html"), "draft.md.hbs"), ex.File);
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
        var model = new Dictionary<string, object?>
        {
            ["sections"] = new[] { new Dictionary<string, object?> { ["title"] = "Reports", ["count"] = 2 } },
        };

        Assert.Equal("== Reports (2) ==\n", set.Render("txt", model));
    }

    [Fact]
    public void The_shipped_templates_compile()
    {
        var set = TemplateSet.Load(RepositoryTemplates.Path, ["html", "md", "txt"]);

        Assert.Equal(["html", "md", "txt"], set.Formats);
    }
}
