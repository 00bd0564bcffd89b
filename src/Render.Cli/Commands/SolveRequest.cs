using Render.Alignment;
using Render.Model.PointMatches;
using Render.Model.Stacks;

namespace Render.Cli.Commands;

/// <summary>What <c>render solve</c> was asked to do, every option checked.</summary>
/// <param name="Source">The stack whose tiles are aligned.</param>
/// <param name="Collections">The match collections (one owner), the first read and the others merged into it.</param>
/// <param name="MinZ">The lowest layer, or null for the stack's lowest.</param>
/// <param name="MaxZ">The highest layer, or null for the stack's highest.</param>
/// <param name="Options">The solve's options (progress is added when it runs).</param>
/// <param name="Target">Where the solved tiles go, or null to write nothing.</param>
/// <param name="CompleteTarget">Set the target COMPLETE afterwards.</param>
/// <param name="ReportFile">Where the JSON report goes (<c>-</c> for standard output), or null for none.</param>
internal sealed record SolveRequest(
    StackId Source,
    IReadOnlyList<MatchCollectionId> Collections,
    double? MinZ,
    double? MaxZ,
    SolveOptions Options,
    StackId? Target,
    bool CompleteTarget,
    string? ReportFile);
