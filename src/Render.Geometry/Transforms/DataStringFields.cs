using Render.Geometry.Numerics;

namespace Render.Geometry.Transforms;

/// <summary>
/// The common data-string layout of render's transforms: numbers separated by white space, read
/// with Java's parsers after Java's <c>split("\\s+")</c>, written with Java's <c>toString</c>
/// joined by single spaces.
/// </summary>
internal static class DataStringFields
{
    /// <summary>Exactly <paramref name="count"/> doubles.</summary>
    /// <exception cref="TransformDataException">Another count, or a field that is not a Java double.</exception>
    public static double[] ParseDoubles(string dataString, int count, string className) =>
        Parse(dataString, count, className, floats: false);

    /// <summary>Exactly <paramref name="count"/> floats, widened to double (Rigid, Similarity, Translation).</summary>
    /// <exception cref="TransformDataException">Another count, or a field that is not a Java float.</exception>
    public static double[] ParseFloats(string dataString, int count, string className) =>
        Parse(dataString, count, className, floats: true);

    public static string[] Split(string dataString, string className) => JavaSplit.OnWhitespace(Require(dataString, className));

    public static string Join(ReadOnlySpan<double> values)
    {
        var parts = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            parts[i] = JavaNumberFormat.FormatDouble(values[i]);
        }

        return string.Join(' ', parts);
    }

    public static TransformDataException NotANumber(string field, string className) =>
        new($"invalid dataString for {className}: For input string: \"{field}\"");

    /// <summary>
    /// The fields of a data string of exactly <paramref name="count"/> numbers, split as Java does
    /// and parsed in place: every transform a tile is built with passes here, so no field becomes
    /// a string unless it is an error's.
    /// </summary>
    private static double[] Parse(string dataString, int count, string className, bool floats)
    {
        Require(dataString, className);
        var ranges = count < 64 ? stackalloc Range[count + 1] : new Range[count + 1];
        var found = JavaSplit.OnWhitespace(dataString, ranges);
        RequireCount(found, count, className, dataString);
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            var field = dataString.AsSpan(ranges[i]);
            double value;
            bool parsed;
            if (floats)
            {
                parsed = JavaNumberParse.TryParseFloat(field, out var single);
                value = single;
            }
            else
            {
                parsed = JavaNumberParse.TryParseDouble(field, out value);
            }

            values[i] = parsed ? value : throw NotANumber(dataString[ranges[i]], className);
        }

        return values;
    }

    private static string Require(string dataString, string className) =>
        dataString ?? throw new TransformDataException($"no dataString for {className}");

    private static void RequireCount(int found, int count, string className, string dataString)
    {
        if (found != count)
        {
            throw new TransformDataException(
                $"invalid dataString for {className}: expected {count} numbers but found {found} in '{dataString}'");
        }
    }
}
