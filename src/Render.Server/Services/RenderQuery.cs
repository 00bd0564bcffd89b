using Render.Imaging.Rendering;
using Render.Model.Rendering;

namespace Render.Server.Services;

/// <summary>
/// render's RenderQueryParameters (the query options every render-parameters and image endpoint
/// takes), applied to a <see cref="RenderParameters"/> together with the stack's defaults.
/// </summary>
public sealed record RenderQuery(
    bool? BinaryMask = null,
    string? Channels = null,
    bool? ConvertToGray = null,
    bool? ExcludeMask = null,
    bool? FillWithNoise = null,
    bool? Filter = null,
    string? FilterListName = null,
    double? MinIntensity = null,
    double? MaxIntensity = null,
    double? Scale = null)
{
    /// <summary>
    /// The options applied to <paramref name="parameters"/>, with the query's channels parsed; the
    /// query scale overrides a path scale.
    /// </summary>
    public RenderRequest ApplyTo(RenderParameters parameters, StackMetaData? stack, bool applyStackDefaults = true)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var channels = Channels;

        // render refuses weights that add up to more than 1.0 as the parameter is set.
        var parsed = channels is null ? null : ChannelNamesAndWeights.Parse(channels);
        var applied = parameters with
        {
            BinaryMask = BinaryMask ?? parameters.BinaryMask,
            ConvertToGray = ConvertToGray ?? parameters.ConvertToGray,
            ExcludeMask = ExcludeMask ?? parameters.ExcludeMask,
            FillWithNoise = FillWithNoise ?? parameters.FillWithNoise,
            DoFilter = Filter ?? parameters.DoFilter,
            MinIntensity = MinIntensity ?? parameters.MinIntensity,
            MaxIntensity = MaxIntensity ?? parameters.MaxIntensity,
            Scale = Scale ?? parameters.Scale,
            Channels = channels ?? parameters.Channels,
            FilterSpecs = FilterListName is { } name ? NamedFilterLists.Get(name) : parameters.FilterSpecs,
        };
        if (applyStackDefaults && stack?.CurrentVersion is { } version)
        {
            applied = applied with
            {
                MipmapPathBuilder = version.MipmapPathBuilder ?? applied.MipmapPathBuilder,
                Channels = applied.Channels ?? version.DefaultChannel,
            };
        }

        return new RenderRequest(applied, parsed);
    }
}
