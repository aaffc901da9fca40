namespace Bulletin.Core.Accuracy;

/// <summary>A labelled set that cannot be read, with every problem and where it is.</summary>
public sealed class LabelledSetException(IReadOnlyList<string> problems)
    : Exception("labelled set: " + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
