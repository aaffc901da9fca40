namespace Bulletin.Tests.Review;

/// <summary>A test that drives Debian's Chromium; skipped with a message naming the package when it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath))
        {
            Skip = $"{ExecutablePath} is not installed (apt-get install chromium); CI installs it and runs this test.";
        }
    }
}
