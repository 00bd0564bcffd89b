using System.Globalization;

namespace Render.Imaging.Codecs.Volumes;

/// <summary>
/// The location of a 2-D slice of a volume, as render's N5 and HDF5 slice loaders name it:
/// <c>file://[container]?dataSet=[dataSet]&amp;x=[x]&amp;y=[y]&amp;z=[z]&amp;w=[width]&amp;h=[height]</c>.
/// Every query value but the data set is optional: without z the data set must be 2-D, without
/// x and y the window starts at 0, and without w or h it spans the data set.
/// </summary>
/// <param name="Container">The container's location (the URL before the query).</param>
/// <param name="DataSet">The data set's path inside the container.</param>
/// <param name="X">First column of the window.</param>
/// <param name="Y">First row of the window.</param>
/// <param name="Z">The slice along the third dimension, or null for a 2-D data set.</param>
/// <param name="Width">Columns of the window, or null for the data set's width.</param>
/// <param name="Height">Rows of the window, or null for the data set's height.</param>
public sealed record VolumeSliceUrl(string Container, string DataSet, long X, long Y, long? Z, int? Width, int? Height)
{
    /// <summary>Parses <paramref name="url"/>.</summary>
    /// <exception cref="ArgumentException">The URL has no container or data set, or a value is not a number.</exception>
    public static VolumeSliceUrl Parse(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var container = ContainerOf(url);
        var query = container.Length < url.Length ? ParseQuery(url[(container.Length + 1)..]) : [];
        if (container.Length == 0 || !query.TryGetValue("dataSet", out var dataSet) || dataSet.Length == 0)
        {
            throw new ArgumentException(
                $"volume slice url '{url}' is missing its container path and/or dataSet, pattern should be file://<path>?dataSet=<dataSet>&x=<x>&y=<y>&z=<z>&w=<width>&h=<height>");
        }

        return new VolumeSliceUrl(
            container,
            dataSet,
            Number(query, "x", url) ?? 0,
            Number(query, "y", url) ?? 0,
            Number(query, "z", url),
            (int?)Number(query, "w", url, int.MaxValue),
            (int?)Number(query, "h", url, int.MaxValue));
    }

    /// <summary>The container part of <paramref name="url"/>: all of it before the query.</summary>
    public static string ContainerOf(string url) =>
        url.IndexOf('?', StringComparison.Ordinal) is var question and >= 0 ? url[..question] : url;

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? pair : pair[..equals];
            values[Uri.UnescapeDataString(key)] = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
        }

        return values;
    }

    private static long? Number(Dictionary<string, string> query, string key, string url, long max = long.MaxValue)
    {
        if (!query.TryGetValue(key, out var text))
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= max
            ? value
            : throw new ArgumentException($"volume slice url '{url}' has an invalid {key} value '{text}': it must be a whole number from 0 to {max}");
    }
}
