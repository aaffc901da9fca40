using Bulletin.Core.Rendering;
using Bulletin.Core.Selection;
using Bulletin.Core.Sources;
using Bulletin.Core.Storage;

namespace Bulletin.Core.Collection;

/// <summary>
/// A draft for a window: collect what the sources published in it (unless told not to), then
/// assemble the bulletin from the store with the editors' decisions and write its files.
/// </summary>
public sealed class DraftRun(CollectionRun collection, Store store, DraftAssembler assembler, DraftWriter writer)
{
    public async Task<DraftResult> RunAsync(Window window, IReadOnlyList<SourceDefinition> sources, string outDir, bool collect, IProgress<SourceProgress>? progress, CancellationToken ct)
    {
        // A broken template is the editors' to fix in a minute; it must not wait for a whole collection to show.
        writer.Check();
        IReadOnlyList<SourceReport> reports = collect
            ? await collection.RunAsync(sources, window, progress, ct)
            : (await store.LatestSourceRunsAsync(ct)).Select(SourceReport.Of).ToList();
        var draft = await assembler.AssembleAsync(window, reports, ct);
        var files = await writer.WriteAsync(draft, outDir, ct);
        return new DraftResult(draft, files);
    }
}

/// <summary>A written draft and the files it was written to.</summary>
public sealed record DraftResult(Draft Draft, IReadOnlyList<string> Files);
