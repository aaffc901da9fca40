using Bulletin.Core.Rendering;

namespace Bulletin.Tests.Rendering;

public sealed class TemplateSyntaxTests
{
    [Theory]
    [InlineData("a\nb\n{{foo", 3, 1)]
    [InlineData("a\nb\n  {{foo\nc {{bar}}\n", 3, 3)]                 // a later "}}" does not close it: "{{" comes first
    [InlineData("a\n{{{title}}\n", 2, 1)]                          // triple opened, double closed
    [InlineData("{{#each a}}\n{{#if b}}\n{{/each}}\n", 3, 1)]      // closes the wrong block
    [InlineData("{{#each a}}\n{{/each}}\n{{/each}}\n", 3, 1)]      // closes nothing
    [InlineData("x\n{{#each a}}\n{{#if b}}{{/if}}\n", 2, 1)]       // never closed
    [InlineData("x\n{{!-- note\n", 2, 1)]                          // comment never closed
    [InlineData("x {{~#each a~}} y", 1, 3)]                        // whitespace control still counts as a block
    public void Finds_the_line_and_column_of_the_fault(string source, int line, int column)
    {
        var fault = TemplateSyntax.FindFault(source);

        Assert.NotNull(fault);
        Assert.Equal((line, column), (fault.Line, fault.Column));
    }

    [Theory]
    [InlineData("{{#each sections}}{{title}}{{else}}none{{/each}}")]
    [InlineData("{{#if a}}x{{^}}y{{/if}} {{{raw}}} \\{{literal}}")]
    [InlineData("{{!-- a {{ comment }} --}}{{! short }}{{helper \"}}\" 'x'}}")]
    [InlineData("{{#> layout}}body{{/layout}}")]
    public void Accepts_well_formed_templates(string source)
    {
        Assert.Null(TemplateSyntax.FindFault(source));
    }
}
