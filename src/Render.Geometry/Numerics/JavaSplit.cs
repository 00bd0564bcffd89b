namespace Render.Geometry.Numerics;

/// <summary>
/// Java's <c>String.split</c> as transform <c>init</c> methods use it. With <c>"\\s+"</c> a
/// leading run of white space gives an empty first token (which then fails the field count, as in
/// render) and trailing white space gives nothing; with <c>" "</c> (NonLinearCoordinateTransform)
/// two spaces in a row give an empty token.
/// </summary>
public static class JavaSplit
{
    /// <summary><c>text.split("\\s+")</c>.</summary>
    public static string[] OnWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ranges = new Range[OnWhitespace(text, [])];
        OnWhitespace(text, ranges);
        return [.. ranges.Select(range => text[range])];
    }

    /// <summary>
    /// <c>text.split("\\s+")</c> without allocating: the number of tokens, and where the first
    /// of them lie in <paramref name="text"/> (as many as <paramref name="ranges"/> holds).
    /// </summary>
    public static int OnWhitespace(ReadOnlySpan<char> text, Span<Range> ranges)
    {
        // Java drops trailing empty tokens; when every token is empty it gives one empty token,
        // the first (at 0, as only a leading run of white space makes an empty token).
        var count = 0;
        var kept = 0;
        var i = 0;
        while (i <= text.Length)
        {
            var start = i;
            while (i < text.Length && !IsJavaWhitespace(text[i]))
            {
                i++;
            }

            if (count < ranges.Length)
            {
                ranges[count] = start..i;
            }

            count++;
            if (i > start)
            {
                kept = count;
            }

            while (i < text.Length && IsJavaWhitespace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }
        }

        return Math.Max(kept, 1);
    }

    /// <summary><c>text.split(separator)</c> for a literal one-character separator.</summary>
    public static string[] On(string text, char separator)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TrimTrailingEmpty([.. text.Split(separator)]);
    }

    /// <summary><c>text.split("[, ]+")</c> (the single-dimension transforms).</summary>
    public static string[] OnCommasOrSpaces(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var i = 0;
        while (i <= text.Length)
        {
            var start = i;
            while (i < text.Length && text[i] is not (',' or ' '))
            {
                i++;
            }

            tokens.Add(text[start..i]);
            while (i < text.Length && text[i] is ',' or ' ')
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }
        }

        return TrimTrailingEmpty(tokens);
    }

    // Java's \s: space, tab, newline, vertical tab, form feed, carriage return.
    private static bool IsJavaWhitespace(char c) => c is ' ' or '\t' or '\n' or '\u000B' or '\f' or '\r';

    private static string[] TrimTrailingEmpty(List<string> tokens)
    {
        var count = tokens.Count;
        while (count > 0 && tokens[count - 1].Length == 0)
        {
            count--;
        }

        return count == 0 ? [string.Empty] : [.. tokens.Take(count)];
    }
}
