using Render.Imaging.Codecs.Loading;
using Render.Model.Stacks;

namespace Render.Cli.Commands;

/// <summary>One <c>render section</c> run, checked: what to render, how, and where the files go.</summary>
internal sealed record SectionRequest(
    StackId StackId,
    List<double> Zs,
    double Scale,
    SectionBounds? Bounds,
    bool UseStackBounds,
    RenderedImageFile File,
    SectionPaths Paths,
    RenderQuery Query,
    string? Channels,
    bool? DoFilter,
    bool? FillWithNoise,
    bool ConvertToGray,
    string? ResolutionUnit,
    ImageAccessPolicy Policy);
