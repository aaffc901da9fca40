namespace Bulletin.Core.Rendering;

/// <summary>Where a template's structure breaks, found by reading the source.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Problem">What is wrong there, for an editor.</param>
internal sealed record TemplateFault(int Line, int Column, string Problem);
