using Npgsql;
using Render.Model;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Storage.Postgres;

/// <summary>Tile rows on PostgreSQL: z values, layer bounds and section data.</summary>
internal sealed partial class PostgresTileStore
{
    public async Task<IReadOnlyList<double>> GetZValuesAsync(StackId stackId, double? minZ, double? maxZ, CancellationToken cancellationToken)
    {
        var zValues = new List<double>();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(string.Empty).With("@minZ", minZ).With("@maxZ", maxZ);
        command.CommandText =
            $"""
            SELECT DISTINCT z FROM tile
            WHERE stack_key = {StackKey.Of(stackId).Sql(command)} AND z IS NOT NULL
              AND (@minZ::float8 IS NULL OR z >= @minZ) AND (@maxZ::float8 IS NULL OR z <= @maxZ)
            ORDER BY z
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            zValues.Add(reader.GetDouble(0));
        }

        return zValues;
    }

    public async Task<Bounds?> GetLayerBoundsAsync(StackId stackId, double z, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(string.Empty).With("@z", z);
        command.CommandText =
            $"SELECT count(*), min(min_x), min(min_y), max(max_x), max(max_y) FROM tile WHERE stack_key = {StackKey.Of(stackId).Sql(command)} AND z = @z";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return reader.GetInt64(0) == 0
            ? null
            : new Bounds(reader.NullableDouble(1), reader.NullableDouble(2), z, reader.NullableDouble(3), reader.NullableDouble(4), z);
    }

    public async Task<double?> GetSectionZAsync(StackId stackId, string sectionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var command = connection.Command(string.Empty).With("@sectionId", sectionId);
        command.CommandText =
            $"SELECT z FROM tile WHERE stack_key = {StackKey.Of(stackId).Sql(command)} AND section_id = @sectionId AND z IS NOT NULL ORDER BY row_id LIMIT 1";
        return (double?)await command.ScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SectionData>?> GetSectionDataAsync(
        StackId stackId, double? minZ, double? maxZ, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var derived = await connection.Command(
            "SELECT stack_key FROM stack WHERE owner = @o AND project = @p AND name = @s AND sections_derived")
            .With("@o", stackId.Owner).With("@p", stackId.Project).With("@s", stackId.Stack)
            .ScalarAsync(cancellationToken).ConfigureAwait(false);
        if (derived is not long key)
        {
            return null;
        }

        await using var command = connection.Command(
            """
            SELECT section_id, z, tile_count, min_x, max_x, min_y, max_y FROM section
            WHERE stack_key = @k AND section_id IS NOT NULL
              AND (@minZ::float8 IS NULL OR z >= @minZ) AND (@maxZ::float8 IS NULL OR z <= @maxZ)
            ORDER BY section_id, z NULLS FIRST
            """).With("@k", key).With("@minZ", minZ).With("@maxZ", maxZ);
        return await ReadSectionsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<List<SectionData>> ReadSectionsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var sections = new List<SectionData>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sections.Add(new SectionData(
                reader.GetString(0), reader.NullableDouble(1), reader.GetInt64(2),
                reader.NullableDouble(3), reader.NullableDouble(4), reader.NullableDouble(5), reader.NullableDouble(6)));
        }

        return sections;
    }
}
