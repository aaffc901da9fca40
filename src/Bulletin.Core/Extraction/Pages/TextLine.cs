using HtmlAgilityPack;

namespace Bulletin.Core.Extraction.Pages;

/// <summary>One line of visible text and the block element it sits in.</summary>
public sealed record TextLine(string Text, HtmlNode? Block, LineKind Kind);

/// <summary>What kind of block a line of text comes from.</summary>
public enum LineKind
{
    Paragraph,
    ListItem,
    Heading,
}
