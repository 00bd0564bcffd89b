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
    public static double[] ParseDoubles(string dataString, int count, string className)
    {
        var fields = Split(dataString, className);
        RequireCount(fields, count, className, dataString);
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = JavaNumberParse.TryParseDouble(fields[i], out var value)
                ? value
                : throw NotANumber(fields[i], className);
        }

        return values;
    }

    /// <summary>Exactly <paramref name="count"/> floats, widened to double (Rigid, Similarity, Translation).</summary>
    /// <exception cref="TransformDataException">Another count, or a field that is not a Java float.</exception>
    public static double[] ParseFloats(string dataString, int count, string className)
    {
        var fields = Split(dataString, className);
        RequireCount(fields, count, className, dataString);
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = JavaNumberParse.TryParseFloat(fields[i], out var value)
                ? value
                : throw NotANumber(fields[i], className);
        }

        return values;
    }

    public static string[] Split(string dataString, string className)
    {
        if (dataString is null)
        {
            throw new TransformDataException($"no dataString for {className}");
        }

        return JavaSplit.OnWhitespace(dataString);
    }

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

    private static void RequireCount(string[] fields, int count, string className, string dataString)
    {
        if (fields.Length != count)
        {
            throw new TransformDataException(
                $"invalid dataString for {className}: expected {count} numbers but found {fields.Length} in '{dataString}'");
        }
    }
}
