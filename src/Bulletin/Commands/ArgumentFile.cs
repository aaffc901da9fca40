namespace Bulletin.Commands;

/// <summary>
/// Reads an argument file given as <c>@FILE</c>: one argument per line, so a path with spaces needs
/// no quotes (quotes around a whole line are still removed). Blank lines and lines starting with
/// "#" are skipped; a line starting with "-" is an option and is split at spaces ("--from 2025-05-17").
/// </summary>
internal static class ArgumentFile
{
    public static bool TryRead(string path, out IReadOnlyList<string>? arguments, out string? error)
    {
        arguments = null;
        error = null;
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"cannot read the argument file '{path}': {e.Message}";
            return false;
        }

        var read = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '-')
            {
                read.AddRange(line.Split(' ', '\t').Where(t => t.Length > 0));
            }
            else
            {
                read.Add(line.Length >= 2 && line[0] == '"' && line[^1] == '"' ? line[1..^1] : line);
            }
        }

        arguments = read;
        return true;
    }
}
