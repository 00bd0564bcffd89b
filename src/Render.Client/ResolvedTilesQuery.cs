namespace Render.Client;

/// <summary>
/// Which tiles <see cref="TilesClient.GetResolvedAsync(Render.Model.Stacks.StackId, ResolvedTilesQuery?, CancellationToken)"/> returns. Every limit is optional;
/// minZ equal to maxZ asks for one layer. The box limits keep tiles that reach into the box.
/// </summary>
public sealed record ResolvedTilesQuery(
    double? MinZ = null,
    double? MaxZ = null,
    string? GroupId = null,
    double? MinX = null,
    double? MaxX = null,
    double? MinY = null,
    double? MaxY = null)
{
    internal RequestPath AppendTo(RequestPath path) => path
        .Query("minZ", MinZ).Query("maxZ", MaxZ).Query("groupId", GroupId)
        .Query("minX", MinX).Query("maxX", MaxX).Query("minY", MinY).Query("maxY", MaxY);
}
