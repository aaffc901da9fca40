using Microsoft.Extensions.Time.Testing;

namespace Bulletin.Tests.Support;

/// <summary>Runs work that waits on a <see cref="FakeTimeProvider"/>, moving the fake clock on while it waits.</summary>
public static class FakeClock
{
    /// <summary>
    /// Advances <paramref name="clock"/> by <paramref name="step"/> until <paramref name="work"/> is done.
    /// Time moves only here, so what the work records of the clock is exact; the real pause between
    /// steps only lets the work's own threads run, and nothing measures it.
    /// </summary>
    public static async Task<T> RunAsync<T>(this FakeTimeProvider clock, Task<T> work, TimeSpan step)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(work);
        for (var i = 0; !work.IsCompleted; i++)
        {
            if (i > 100_000)
            {
                throw new InvalidOperationException("the work did not finish after 100,000 steps of the fake clock");
            }

            clock.Advance(step);
            await Task.WhenAny(work, Task.Delay(1));
        }

        return await work;
    }
}
