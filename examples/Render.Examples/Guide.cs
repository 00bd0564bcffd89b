using Render.Client;
using Render.Examples.Chapters;

namespace Render.Examples;

/// <summary>The user guide: every chapter in order, the later ones working on the synthetic acquisition.</summary>
public static class Guide
{
    /// <summary>Runs the chapters against <paramref name="client"/>'s server, writing what each does to <paramref name="log"/>.</summary>
    /// <returns>The prefix of the names of the stacks and the match collection this run made.</returns>
    public static async Task<string> RunAsync(RenderClient client, AcquisitionGrid grid, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(log);
        await ConnectChapter.RunAsync(client, log, cancellationToken);

        // Every run names its stacks and collection afresh (render's likelyUniqueId is a MongoDB
        // ObjectId: time and a counter), so the guide can run again against the same server.
        var prefix = "guide_" + (await client.GetLikelyUniqueIdAsync(cancellationToken)).Trim();
        log.WriteLine($"this run's stacks and collection are named {prefix}_*");

        await OneTileStackChapter.RunAsync(client, prefix, log, cancellationToken);
        var acquisition = await SyntheticAcquisitionChapter.RunAsync(client, prefix, grid, log, cancellationToken);
        TransformMathChapter.Run(log);
        await TransformChangesChapter.RunAsync(client, acquisition.StackId, 0, prefix, log, cancellationToken);
        await PointMatchesChapter.RunAsync(client, acquisition.StackId, prefix, log, cancellationToken);
        await CoordinatesChapter.RunAsync(client, acquisition.StackId, 0, log, cancellationToken);
        await RenderParametersChapter.RunAsync(client, acquisition.StackId, 0, log, cancellationToken);
        log.WriteLine("== done");
        return prefix;
    }
}
