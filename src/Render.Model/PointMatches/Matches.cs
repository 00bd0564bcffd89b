using Render.Model.Json;

namespace Render.Model.PointMatches;

/// <summary>
/// Matched points: <see cref="P"/> and <see cref="Q"/> are dimension-major (<c>[[x0..xn],[y0..yn]]</c>),
/// <see cref="W"/> the weights. Arrays are kept as given: render stores whatever shape it receives
/// and render-python expects its uploads back unchanged.
/// </summary>
/// <remarks>
/// Read from JSON, an instance keeps its numbers as the text it was given (compacted, fields in
/// p, q, w order) and writes that text back without parsing or formatting a double: a match
/// answer is mostly numbers, and formatting them Java-style costs more than everything else. The
/// arrays are parsed from that text on first use. Instances are immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(MatchesConverter))]
public sealed class Matches
{
    private readonly Lazy<(double[][]? P, double[][]? Q, double[]? W)> _arrays;

    /// <summary>Matches from arrays (written with Java's double format).</summary>
    /// <param name="P">Points in the p canvas.</param>
    /// <param name="Q">Points in the q canvas.</param>
    /// <param name="W">Weights.</param>
    public Matches(double[][]? P = null, double[][]? Q = null, double[]? W = null)
    {
        _arrays = new((P, Q, W));
        WeightCount = W?.Length;
    }

    /// <summary>Matches kept as their compact JSON text (see <see cref="MatchesConverter"/>).</summary>
    internal Matches(byte[] json, MatchesConverter.Layout layout)
    {
        Json = json;
        JsonLayout = layout;
        WeightCount = layout.WeightCount;
        _arrays = new(() => (Rows(layout.P), Rows(layout.Q), Row(layout.W)), LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>Points in the p canvas.</summary>
    public double[][]? P => _arrays.Value.P;

    /// <summary>Points in the q canvas.</summary>
    public double[][]? Q => _arrays.Value.Q;

    /// <summary>Weights.</summary>
    public double[]? W => _arrays.Value.W;

    /// <summary>The number of weights (render's matchCount), known without parsing them; null without weights.</summary>
    [JsonIgnore]
    public int? WeightCount { get; }

    /// <summary>The compact JSON text this instance was read from, or null when it was built from arrays.</summary>
    internal byte[]? Json { get; }

    /// <summary>Where p, q and w lie in <see cref="Json"/>.</summary>
    internal MatchesConverter.Layout JsonLayout { get; }

    /// <summary>
    /// These matches as compact UTF-8 JSON: the text they were read from (no copy), or the arrays
    /// written Java-style. Callers must not modify the bytes.
    /// </summary>
    public ReadOnlyMemory<byte> ToUtf8Json() => Json ?? RenderJson.SerializeToUtf8Bytes(this);

    /// <summary>These matches seen from the other canvas: p and q exchanged, weights kept.</summary>
    public Matches Swapped() => Json is null ? new Matches(Q, P, W) : MatchesConverter.Swap(Json, JsonLayout);

    private double[][]? Rows(Range range)
    {
        if (range.Equals(default(Range)))
        {
            return null;
        }

        var reader = new Utf8JsonReader(Json.AsSpan(range));
        reader.Read();
        var rows = new List<double[]>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            rows.Add(reader.TokenType == JsonTokenType.Null ? null! : ReadRow(ref reader));
        }

        return [.. rows];
    }

    private double[]? Row(Range range)
    {
        if (range.Equals(default(Range)))
        {
            return null;
        }

        var reader = new Utf8JsonReader(Json.AsSpan(range));
        reader.Read();
        return ReadRow(ref reader);
    }

    private static double[] ReadRow(ref Utf8JsonReader reader)
    {
        var values = new List<double>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(LenientScalars.ReadDouble(ref reader));
        }

        return [.. values];
    }
}
