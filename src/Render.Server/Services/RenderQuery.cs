using System.Globalization;
using Render.Model;
using Render.Model.Rendering;
using Render.Model.Stacks;

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
    /// <summary>The options applied to <paramref name="parameters"/>; the query scale overrides a path scale.</summary>
    public RenderParameters ApplyTo(RenderParameters parameters, StackMetaData? stack, bool applyStackDefaults = true)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (FilterListName is not null)
        {
            // No named filter lists are configured on this server (render reads them from filter_lists.json).
            throw new RenderInputException($"Filter list with name '{FilterListName}' not found.  Valid names are: []");
        }

        var channels = Channels;
        if (channels is not null)
        {
            CheckChannelWeights(channels);
        }

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
        };
        if (applyStackDefaults && stack?.CurrentVersion is { } version)
        {
            applied = applied with
            {
                MipmapPathBuilder = version.MipmapPathBuilder ?? applied.MipmapPathBuilder,
                Channels = applied.Channels ?? version.DefaultChannel,
            };
        }

        return applied;
    }

    /// <summary>"name" or "n1__w1__n2__w2": the weights must add up to at most 1.0 (render's check).</summary>
    private static void CheckChannelWeights(string channels)
    {
        var parts = channels.Split("__");
        if (parts.Length < 2)
        {
            return;
        }

        var weights = new List<(string Name, double Weight)>();
        for (var i = 0; i + 1 < parts.Length; i += 2)
        {
            if (!double.TryParse(parts[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw new RenderInputException($"invalid weight '{parts[i + 1]}' for channel {parts[i]} in channels '{channels}'");
            }

            weights.Add((parts[i], weight));
        }

        var sum = 0.0;
        foreach (var (name, weight) in weights)
        {
            sum += weight;
            if (sum > 1.0)
            {
                var current = string.Join(", ", weights.Select(w => $"{w.Name}={Render.Geometry.Numerics.JavaNumberFormat.FormatDouble(w.Weight)}"));
                throw new RenderInputException(
                    $"Channel {name} weight {Render.Geometry.Numerics.JavaNumberFormat.FormatDouble(weight)} is too large.  " +
                    $"The sum of all weights must be less than or equal to 1.0.  Current weights are: {{{current}}}");
            }
        }
    }
}
