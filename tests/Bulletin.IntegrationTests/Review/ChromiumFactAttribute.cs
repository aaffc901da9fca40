using System.Runtime.CompilerServices;

namespace Bulletin.Tests.Review;

/// <summary>
/// A test that drives Debian's Chromium. Without it the test is reported Skipped, and its name in
/// the test run's output says so and how to run it: `dotnet test` prints skipped names, not reasons.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute([CallerMemberName] string test = "")
    {
        if (!File.Exists(ExecutablePath))
        {
            Skip = $"{ExecutablePath} is not installed (apt-get install chromium); CI installs it and runs this test.";
            DisplayName = $"{test} [browser test skipped: {ExecutablePath} is not installed; to run it: apt-get install chromium, then dotnet test Bulletin.sln --filter ReviewBrowserTests]";
        }
    }
}
