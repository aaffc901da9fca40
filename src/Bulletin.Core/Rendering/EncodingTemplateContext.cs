using System.Globalization;
using Scriban;
using Scriban.Parsing;

namespace Bulletin.Core.Rendering;

/// <summary>
/// A Scriban context that passes everything a <c>{{ }}</c> writes through the format's
/// <see cref="OutputEncoding"/>. The template's own text is written as it is; a value is written as
/// it is only when it is <see cref="TrustedMarkup"/>.
/// </summary>
internal sealed class EncodingTemplateContext : TemplateContext
{
    private readonly OutputEncoding _encoding;

    public EncodingTemplateContext(OutputEncoding encoding)
    {
        _encoding = encoding;

        // A misspelt name fails the render with its position instead of printing nothing.
        StrictVariables = true;

        // A week can hold more items than Scriban's default loop limit guards against.
        LoopLimit = int.MaxValue;

        // Values are printed as they are: no re-indenting of multi-line values, no culture's number format.
        AutoIndent = false;
        PushCulture(CultureInfo.InvariantCulture);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedMarkup markup => Write(markup.Value),
        _ => Write(_encoding.Encode(ObjectToString(textAsObject) ?? "")),
    };
}
