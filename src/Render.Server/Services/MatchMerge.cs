using System.Runtime.CompilerServices;
using Render.Model.PointMatches;

namespace Render.Server.Services;

/// <summary>
/// render's mergeCollection: a k-way merge of sorted pair streams (one per collection) into one
/// sorted stream, where pairs with the same four ids become one pair whose points and weights are
/// those of each collection appended in collection order, and whose matchCount is updated. Only
/// the current pair of each stream is held.
/// </summary>
internal static class MatchMerge
{
    public static async IAsyncEnumerable<CanvasMatches> MergeAsync(
        IReadOnlyList<IAsyncEnumerable<CanvasMatches>> sources, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cursors = new List<IAsyncEnumerator<CanvasMatches>>(sources.Count);
        try
        {
            foreach (var source in sources)
            {
                var cursor = source.GetAsyncEnumerator(cancellationToken);
                cursors.Add(cursor);
                if (!await cursor.MoveNextAsync().ConfigureAwait(false))
                {
                    await cursor.DisposeAsync().ConfigureAwait(false);
                    cursors.RemoveAt(cursors.Count - 1);
                }
            }

            while (cursors.Count > 0)
            {
                var smallest = cursors[0].Current;
                foreach (var cursor in cursors)
                {
                    if (CanvasPairOrder.Instance.Compare(cursor.Current, smallest) < 0)
                    {
                        smallest = cursor.Current;
                    }
                }

                // Every stream whose current pair equals the smallest contributes, in collection order.
                CanvasMatches? merged = null;
                for (var i = 0; i < cursors.Count; i++)
                {
                    if (CanvasPairOrder.Instance.Compare(cursors[i].Current, smallest) != 0)
                    {
                        continue;
                    }

                    merged = merged is null ? cursors[i].Current : Append(merged, cursors[i].Current);
                    if (!await cursors[i].MoveNextAsync().ConfigureAwait(false))
                    {
                        await cursors[i].DisposeAsync().ConfigureAwait(false);
                        cursors.RemoveAt(i--);
                    }
                }

                yield return merged!;
            }
        }
        finally
        {
            foreach (var cursor in cursors)
            {
                await cursor.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// <paramref name="first"/> with the points and weights of <paramref name="second"/> appended.
    /// Without match details (excludeMatchDetails) the counts add up; render fails there instead.
    /// </summary>
    private static CanvasMatches Append(CanvasMatches first, CanvasMatches second)
    {
        if (first.Matches is null || second.Matches is null)
        {
            var matches = first.Matches ?? second.Matches;
            return first with { Matches = matches, MatchCount = first.MatchCount + second.MatchCount ?? first.MatchCount ?? second.MatchCount };
        }

        var appended = new Matches(Rows(first.Matches.P, second.Matches.P), Rows(first.Matches.Q, second.Matches.Q), Concat(first.Matches.W, second.Matches.W));
        return first with { Matches = appended, MatchCount = appended.WeightCount };
    }

    /// <summary>Appends row by row (each row is one dimension in render's layout).</summary>
    private static double[][]? Rows(double[][]? first, double[][]? second)
    {
        if (first is null || second is null)
        {
            return first ?? second;
        }

        var rows = new double[Math.Max(first.Length, second.Length)][];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = Concat(i < first.Length ? first[i] : null, i < second.Length ? second[i] : null) ?? [];
        }

        return rows;
    }

    private static double[]? Concat(double[]? first, double[]? second) =>
        first is null || second is null ? first ?? second : [.. first, .. second];
}
