using Render.Model;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Client;

/// <summary>
/// The layers (z values) and sections (section ids) of a stack: which there are, their tile counts
/// and bounds, the bounds of their tiles, and deleting one (<see cref="RenderClient.Sections"/>).
/// </summary>
public sealed class SectionsClient
{
    private readonly RenderTransport _transport;

    internal SectionsClient(RenderTransport transport) => _transport = transport;

    /// <summary>The distinct z values of the stack's tiles, ascending, optionally within [minZ, maxZ] (render's <c>getStackZValues</c>).</summary>
    public Task<List<double>> GetZValuesAsync(StackId stackId, double? minZ = null, double? maxZ = null, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<List<double>>(RequestPath.Stack(stackId).Literal("zValues").Query("minZ", minZ).Query("maxZ", maxZ), cancellationToken);

    /// <summary>One entry per section, optionally within [minZ, maxZ]: its z, tile count and bounds (render's <c>getStackSectionData</c>).</summary>
    public Task<List<SectionData>> GetDataAsync(StackId stackId, double? minZ = null, double? maxZ = null, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<List<SectionData>>(RequestPath.Stack(stackId).Literal("sectionData").Query("minZ", minZ).Query("maxZ", maxZ), cancellationToken);

    /// <summary>The z of section <paramref name="sectionId"/>.</summary>
    public Task<double> GetZAsync(StackId stackId, string sectionId, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<double>(RequestPath.Stack(stackId).Literal("section").Value(sectionId).Literal("z"), cancellationToken);

    /// <summary>The bounds of layer <paramref name="z"/> (render's <c>getLayerBounds</c>).</summary>
    public Task<Bounds> GetBoundsAsync(StackId stackId, double z, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<Bounds>(RequestPath.Layer(stackId, z).Literal("bounds"), cancellationToken);

    /// <summary>The id and world box of each tile of layer <paramref name="z"/> (render's <c>getTileBounds</c>, which its tile-pair client reads per layer).</summary>
    public Task<List<TileBounds>> GetTileBoundsAsync(StackId stackId, double z, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<List<TileBounds>>(RequestPath.Layer(stackId, z).Literal("tileBounds"), cancellationToken);

    /// <summary>Deletes the tiles of layer <paramref name="z"/> (render-python's <c>delete_section</c>).</summary>
    public Task DeleteAsync(StackId stackId, double z, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Delete, RequestPath.Layer(stackId, z), null, cancellationToken);

    /// <summary>Deletes the tiles of section <paramref name="sectionId"/>.</summary>
    public Task DeleteAsync(StackId stackId, string sectionId, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Delete, RequestPath.Stack(stackId).Literal("section").Value(sectionId), null, cancellationToken);
}
