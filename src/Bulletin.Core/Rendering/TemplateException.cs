namespace Bulletin.Core.Rendering;

/// <summary>A draft template is missing, does not compile, or fails while rendering; names the file and line.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string message)
        : base(message)
    {
    }

    public TemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TemplateException(string file, int? line, int? column, string message, Exception? innerException = null)
        : base(Describe(file, line, column, message), innerException)
    {
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>The template file at fault, as the path was given.</summary>
    public string? File { get; init; }

    /// <summary>1-based line of the fault, when known.</summary>
    public int? Line { get; }

    /// <summary>1-based column of the fault, when known.</summary>
    public int? Column { get; }

    private static string Describe(string file, int? line, int? column, string message) => (line, column) switch
    {
        ({ } l, { } c) => $"rendering: {file} line {l}, column {c}: {message}",
        ({ } l, null) => $"rendering: {file} line {l}: {message}",
        _ => $"rendering: {file}: {message}",
    };
}
