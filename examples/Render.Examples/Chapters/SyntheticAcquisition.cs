using Render.Model.Stacks;

namespace Render.Examples.Chapters;

/// <summary>What <see cref="SyntheticAcquisitionChapter"/> imported.</summary>
/// <param name="StackId">The COMPLETE stack.</param>
/// <param name="Grid">Its shape.</param>
/// <param name="TilesReported">The most tiles the import's progress reported stored.</param>
/// <param name="Elapsed">From the first tile built to the stack COMPLETE.</param>
public sealed record SyntheticAcquisition(StackId StackId, AcquisitionGrid Grid, int TilesReported, TimeSpan Elapsed);
