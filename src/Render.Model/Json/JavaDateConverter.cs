using System.Globalization;
using System.Text.RegularExpressions;

namespace Render.Model.Json;

/// <summary>
/// Dates as render's mapper writes them, <c>yyyy-MM-dd'T'HH:mm:ss.SSS'Z'</c> in GMT
/// (<c>2015-01-02T22:33:44.555Z</c>). Reading also accepts what Jackson accepts (a number of
/// milliseconds since the epoch) and, beyond the reference, any ISO-8601 date-time.
/// </summary>
/// <remarks>
/// Java's SimpleDateFormat reads the <c>SSS</c> field as a count of milliseconds, not as a
/// fraction: render-python sends <c>...:33.00Z</c> (0 ms) and <c>.5Z</c> means 5 ms. We match that.
/// </remarks>
internal sealed partial class JavaDateConverter : JsonConverter<DateTimeOffset>
{
    private const string OutputFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(LenientScalars.ReadInt64(ref reader));
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw LenientScalars.Unexpected("a date string", ref reader);
        }

        var text = reader.GetString()!;
        return TryParseJavaDate(text, out var date) ? date
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date) ? date.ToUniversalTime()
            : throw new JsonException($"'{text}' is not a date; expected yyyy-MM-ddTHH:mm:ss.SSSZ, for example 2015-01-02T22:33:44.555Z");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString(OutputFormat, CultureInfo.InvariantCulture));

    private static bool TryParseJavaDate(string text, out DateTimeOffset date)
    {
        date = default;
        var match = JavaDatePattern().Match(text);
        if (!match.Success
            || !DateTime.TryParseExact(match.Groups["seconds"].Value, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var seconds)
            || !int.TryParse(match.Groups["millis"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var millis))
        {
            return false;
        }

        date = new DateTimeOffset(seconds, TimeSpan.Zero).AddMilliseconds(millis);
        return true;
    }

    [GeneratedRegex(@"^(?<seconds>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\.(?<millis>\d{1,9})Z$", RegexOptions.CultureInvariant)]
    private static partial Regex JavaDatePattern();
}
