using System.Diagnostics;

namespace Bulletin.Bench;

/// <summary>
/// Samples the process's working set and managed heap while a run is under way, because
/// Process.PeakWorkingSet64 alone covers the whole process lifetime, not one run.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly long allocatedBefore;
    private readonly int[] collectionsBefore;
    private readonly Task loop;
    private long peakWorkingSet;
    private long peakManagedHeap;

    private MemorySampler()
    {
        allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        loop = Task.Run(SampleAsync);
    }

    public static MemorySampler Start() => new();

    public async Task<MemoryFigures> StopAsync()
    {
        await stop.CancelAsync();
        await loop;
        Sample();
        using var process = Process.GetCurrentProcess();
        var info = GC.GetGCMemoryInfo();
        return new MemoryFigures(
            peakWorkingSet,
            process.PeakWorkingSet64,
            peakManagedHeap,
            info.HeapSizeBytes,
            info.TotalCommittedBytes,
            GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
            GC.CollectionCount(0) - collectionsBefore[0],
            GC.CollectionCount(1) - collectionsBefore[1],
            GC.CollectionCount(2) - collectionsBefore[2]);
    }

    /// <summary>Stops sampling without figures, for a run that failed before <see cref="StopAsync"/>.</summary>
    public void Dispose()
    {
        stop.Cancel();
        stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                Sample();
            }
        }
        catch (OperationCanceledException)
        {
            // stopped
        }
    }

    private void Sample()
    {
        using var process = Process.GetCurrentProcess();
        peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64);
        peakManagedHeap = Math.Max(peakManagedHeap, GC.GetTotalMemory(forceFullCollection: false));
    }
}

/// <summary>Memory over one run: peaks, what the GC holds afterwards, and what was allocated.</summary>
internal sealed record MemoryFigures(long PeakWorkingSet, long ProcessPeakWorkingSet, long PeakManagedHeap, long HeapAfter, long CommittedAfter, long Allocated, int Gen0, int Gen1, int Gen2);
