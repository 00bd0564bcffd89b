using System.Globalization;
using System.Text;

namespace Render.Scenarios;

/// <summary>
/// Synthetic point matches between tiles of consecutive groups: each pair has its points as
/// SIFT gives them (floats widened to doubles, so 8 to 17 digits) in render's dimension-major
/// layout, and weights of 1.
/// </summary>
internal static class SyntheticMatches
{
    /// <summary>The group id of group <paramref name="index"/>.</summary>
    public static string Group(int index) => $"g{index:D4}";

    /// <summary>A PUT matches body: pairs [first, first + count) of the sequence that runs group pair by group pair.</summary>
    public static byte[] Batch(int first, int count, int pairsPerGroupPair, int matchesPerPair)
    {
        var random = new Random(first);
        var json = new StringBuilder(count * matchesPerPair * 100);
        json.Append('[');
        for (var n = first; n < first + count; n++)
        {
            var group = n / pairsPerGroupPair;
            var tile = n % pairsPerGroupPair;
            json.Append(n == first ? "" : ",")
                .Append(CultureInfo.InvariantCulture, $"{{\"pGroupId\":\"{Group(group)}\",\"pId\":\"{Group(group)}.{tile}\",")
                .Append(CultureInfo.InvariantCulture, $"\"qGroupId\":\"{Group(group + 1)}\",\"qId\":\"{Group(group + 1)}.{tile}\",\"matches\":{{");
            json.Append("\"p\":[");
            Row(json, random, matchesPerPair).Append(',');
            Row(json, random, matchesPerPair).Append("],\"q\":[");
            Row(json, random, matchesPerPair).Append(',');
            Row(json, random, matchesPerPair).Append("],\"w\":[");
            json.AppendJoin(',', Enumerable.Repeat("1.0", matchesPerPair)).Append("]}}");
        }

        return Encoding.UTF8.GetBytes(json.Append(']').ToString());
    }

    private static StringBuilder Row(StringBuilder json, Random random, int count)
    {
        json.Append('[');
        for (var i = 0; i < count; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(((double)(float)(random.NextDouble() * 2048)).ToString("R", CultureInfo.InvariantCulture));
        }

        return json.Append(']');
    }
}
