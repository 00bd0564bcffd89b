using Render.Client;
using Render.Model.Rendering;
using Render.Model.Tiles;

namespace Render.Examples.Chapters;

/// <summary>What <see cref="RenderParametersChapter"/> asked for and got.</summary>
/// <param name="Tile">The tile asked for, as stored.</param>
/// <param name="ForTile">Its render parameters at <see cref="RenderParametersChapter.TileScale"/>.</param>
/// <param name="Box">The box asked for.</param>
/// <param name="ForBox">The box's render parameters.</param>
public sealed record RenderParametersTour(TileSpec Tile, RenderParameters ForTile, RenderBox Box, RenderParameters ForBox);
