using System.Globalization;
using Render.Geometry.Numerics;
using Render.Model;

namespace Render.Imaging.Rendering;

/// <summary>
/// render's <c>channels</c> parameter: one channel name (<c>DAPI</c>), or name and weight pairs joined
/// by double underscores (<c>DAPI__0.7__TdTomato__0.3</c>) whose weights add up to at most 1.0.
/// With more than one name render draws each channel and averages them with these weights.
/// </summary>
public sealed class ChannelNamesAndWeights
{
    private ChannelNamesAndWeights(IReadOnlyList<(string Name, double Weight)> channels) => Channels = channels;

    /// <summary>The channels in the order given, each with its weight (1.0 for a lone name).</summary>
    public IReadOnlyList<(string Name, double Weight)> Channels { get; }

    /// <summary>The number of channels.</summary>
    public int Count => Channels.Count;

    /// <summary>The parsed parameter; null or empty gives no channels (the default one).</summary>
    /// <exception cref="RenderInputException">A weight is not a number, a name lacks its weight, or the weights add up to more than 1.0.</exception>
    public static ChannelNamesAndWeights Parse(string? channels)
    {
        if (string.IsNullOrEmpty(channels))
        {
            return new ChannelNamesAndWeights([]);
        }

        var parts = channels.Split("__");
        if (parts.Length == 1)
        {
            return new ChannelNamesAndWeights([(channels, 1.0)]);
        }

        if (parts.Length % 2 != 0)
        {
            throw new RenderInputException($"channels '{channels}' must be one name or name__weight pairs, but channel {parts[^1]} has no weight");
        }

        var pairs = new List<(string Name, double Weight)>();
        var sum = 0.0;
        for (var i = 0; i < parts.Length; i += 2)
        {
            if (!double.TryParse(parts[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw new RenderInputException($"invalid weight '{parts[i + 1]}' for channel {parts[i]} in channels '{channels}'");
            }

            pairs.Add((parts[i], weight));
            sum += weight;
            if (sum > 1.0)
            {
                var current = string.Join(", ", pairs.Select(pair => $"{pair.Name}={JavaNumberFormat.FormatDouble(pair.Weight)}"));
                throw new RenderInputException(
                    $"Channel {parts[i]} weight {JavaNumberFormat.FormatDouble(weight)} is too large.  " +
                    $"The sum of all weights must be less than or equal to 1.0.  Current weights are: {{{current}}}");
            }
        }

        return new ChannelNamesAndWeights(pairs);
    }
}
