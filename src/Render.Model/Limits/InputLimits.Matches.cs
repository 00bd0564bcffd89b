using Render.Model.PointMatches;

namespace Render.Model.Limits;

/// <summary>The checks of point matches (<c>PUT .../matches</c>).</summary>
public sealed partial record InputLimits
{
    /// <summary>
    /// Refuses a null pair, a group or canvas id over <see cref="MaxIdLength"/>, and matches whose
    /// arrays do not agree (see <see cref="CheckMatches(string, Matches)"/>). Null passes (the caller
    /// decides what an absent body means); missing ids are the store's rule and checked there.
    /// </summary>
    /// <exception cref="RenderInputException">The first problem found.</exception>
    public void CheckMatches(IReadOnlyList<CanvasMatches?>? pairs)
    {
        if (pairs is null)
        {
            return;
        }

        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i] ?? throw new RenderInputException($"match pair {i} is null");
            CheckId("pGroupId", pair.PGroupId);
            CheckId("pId", pair.PId);
            CheckId("qGroupId", pair.QGroupId);
            CheckId("qId", pair.QId);
            if (pair.Matches is { } matches)
            {
                CheckMatches($"matches of pair {i} ({Abbreviate(pair.PId ?? string.Empty)}, {Abbreviate(pair.QId ?? string.Empty)})", matches);
            }
        }
    }

    /// <summary>
    /// Refuses matches whose numbers are not finite, whose p or q holds a null or ragged row, whose
    /// p and q differ in shape, or whose weights are not one per point. Points may come
    /// dimension-major (<c>[[x...],[y...]]</c>, render's form) or point-major (<c>[[x,y]...]</c>,
    /// which render-python's own tests upload and read back); the weights count the points either way.
    /// </summary>
    /// <exception cref="RenderInputException">The arrays do not agree.</exception>
    public static void CheckMatches(string what, Matches matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var p = ShapeOf(what, "p", matches, matches.JsonLayout.P, () => matches.P);
        var q = ShapeOf(what, "q", matches, matches.JsonLayout.Q, () => matches.Q);
        var w = ShapeOf(what, "w", matches, matches.JsonLayout.W, () => matches.W is { } weights ? [weights] : null);
        if (p is { } ps && q is { } qs && ps != qs)
        {
            throw new RenderInputException($"{what}: p is {ps.Rows} x {ps.Columns} but q is {qs.Rows} x {qs.Columns}; they must have the same shape");
        }

        if ((p ?? q) is { } points && w is { Columns: var weights } && weights != points.Columns && weights != points.Rows)
        {
            throw new RenderInputException(
                $"{what}: {weights} weights for points of shape {points.Rows} x {points.Columns}; there must be one weight per point");
        }
    }

    /// <summary>Rows and row length of one array (a weight array counts as one row), or null when it is absent.</summary>
    private static (int Rows, int Columns)? ShapeOf(string what, string name, Matches matches, Range range, Func<double[][]?> arrays)
    {
        if (matches.Json is not { } json)
        {
            return arrays() is { } rows ? ShapeOfArrays(what, name, rows) : null;
        }

        if (range.Equals(default(Range)))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(json.AsSpan(range));
            reader.Read();
            return name == "w" ? (1, CountRow(what, name, ref reader)) : ShapeOfRows(what, name, ref reader);
        }
        catch (JsonException)
        {
            // A value read leniently (a string "NaN") is kept as Java writes it, which JSON cannot hold.
            throw new RenderInputException($"{what}: {name} holds a value that is not a finite number");
        }
    }

    private static (int Rows, int Columns) ShapeOfRows(string what, string name, ref Utf8JsonReader reader)
    {
        int rows = 0, columns = -1;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new RenderInputException($"{what}: {name} holds a null row");
            }

            var length = CountRow(what, name, ref reader);
            columns = rows == 0 ? length : columns == length ? columns : throw Ragged(what, name);
            rows++;
        }

        return (rows, Math.Max(columns, 0));
    }

    /// <summary>The number of values in the array at the reader, each checked to be finite.</summary>
    private static int CountRow(string what, string name, ref Utf8JsonReader reader)
    {
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            // The text is kept as it came; only a number with an exponent or very many digits can
            // overflow, so only those are parsed (the import reads millions of numbers).
            var text = reader.ValueSpan;
            if (reader.TokenType != JsonTokenType.Number
                || ((text.Length > 300 || text.IndexOfAny("eE"u8) >= 0) && !(reader.TryGetDouble(out var value) && double.IsFinite(value))))
            {
                throw new RenderInputException($"{what}: {name} holds a value that is not a finite number");
            }

            count++;
        }

        return count;
    }

    private static (int Rows, int Columns) ShapeOfArrays(string what, string name, double[][] rows)
    {
        var columns = -1;
        foreach (var row in rows)
        {
            if (row is null)
            {
                throw new RenderInputException($"{what}: {name} holds a null row");
            }

            if (!Array.TrueForAll(row, double.IsFinite))
            {
                throw new RenderInputException($"{what}: {name} holds a value that is not a finite number");
            }

            columns = columns < 0 || columns == row.Length ? row.Length : throw Ragged(what, name);
        }

        return (rows.Length, Math.Max(columns, 0));
    }

    private static RenderInputException Ragged(string what, string name) =>
        new($"{what}: the rows of {name} differ in length");
}
