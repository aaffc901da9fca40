namespace Bulletin.Core;

/// <summary>
/// Resolves relative paths from configuration: against the working directory when the file is
/// there (a checkout, a mounted volume), else against the application's own folder, where the
/// published app keeps its templates and seeds.
/// </summary>
public static class ContentPaths
{
    public static string Resolve(string path, bool mustExist = true)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var fromWorkingDirectory = Path.GetFullPath(path);
        if (!mustExist || File.Exists(fromWorkingDirectory) || Directory.Exists(fromWorkingDirectory))
        {
            return fromWorkingDirectory;
        }

        var fromApp = Path.Combine(AppContext.BaseDirectory, path);
        return File.Exists(fromApp) || Directory.Exists(fromApp) ? fromApp : fromWorkingDirectory;
    }
}
