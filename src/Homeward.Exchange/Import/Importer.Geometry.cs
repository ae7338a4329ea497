using System.Globalization;
using Homeward.Domain;
using Homeward.Domain.Storage;
using Homeward.Domain.Validation;
using Homeward.Geo;
using Homeward.Geo.Crs;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Homeward.Exchange.Import;

/// <summary>The geometry of a record: its CRS, the transform to EPSG:4326, the rules, and duplicates.</summary>
public sealed partial class Importer
{
    private Geometry? CheckGeometry(SourceReader reader, SourceRecord record, ImportResult result, string name, ObjectKindInfo kindInfo,
        List<ImportProblem> problems)
    {
        var field = record.GeometryField;
        if (record.GeometryProblem is { } unreadable)
        {
            problems.Add(new ImportProblem(name, field, null, null, unreadable));
            return null;
        }

        var source = record.Geometry;
        if (source is null || source.IsEmpty)
        {
            if (kindInfo.Shape != GeometryShape.None)
            {
                problems.Add(new ImportProblem(name, field, null, null, $"the record has no geometry; a {kindInfo.JsonName} needs {kindInfo.ShapeText} geometry."));
            }

            return null;
        }

        if (kindInfo.Shape == GeometryShape.Point && source is MultiPoint { NumGeometries: 1 } single)
        {
            source = single.GetGeometryN(0);
        }

        foreach (var c in source.Coordinates)
        {
            if (!double.IsFinite(c.X) || !double.IsFinite(c.Y))
            {
                problems.Add(new ImportProblem(name, field, Text(c), null, "invalid geometry: a coordinate is not a finite number."));
                return null;
            }
        }

        var srid = result.SourceSrid;
        var crs = CoordinateReferenceSystem.FromSrid(srid);
        if (!crs.IsGeographic && source.Coordinates.All(c => Math.Abs(c.X) <= 180 && Math.Abs(c.Y) <= 90))
        {
            problems.Add(new ImportProblem(name, field, Text(source.Coordinate), null,
                $"the coordinates look like degrees, but the file's CRS is {crs} (metres); give the right CRS with --crs, or fix the .prj."));
            return null;
        }

        Geometry geometry;
        try
        {
            geometry = srid == GeometryServices.StorageSrid ? GeometryServices.Wgs84.CreateGeometry(source) : _transformer.Transform(GeometryServices.ForSrid(srid).CreateGeometry(source), GeometryServices.StorageSrid);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            problems.Add(new ImportProblem(name, field, Text(source.Coordinate), null, $"the coordinates cannot be converted from {crs}: {ex.Message}"));
            return null;
        }

        var errors = _options.Validator.Validate(_options.Kind, geometry);
        foreach (var error in errors)
        {
            var message = error.Message;
            if (error.Kind == GeometryErrorKind.OutsideRegion && !crs.IsGeographic && SwappedInside(source, srid))
            {
                message = $"easting and northing appear swapped: with X and Y exchanged the geometry lies inside {_options.Validator.Options.Region.Name} "
                    + "(in Soviet-era SK-42 coordinates X is the northing; Homeward reads X as the easting).";
            }

            // The coordinate as the file gives it, when that differs from the EPSG:4326 location.
            var asGiven = error.Location is null || srid == GeometryServices.StorageSrid ? null : Text(source.Coordinate);
            problems.Add(new ImportProblem(name, field, asGiven, error.Location, message));
        }

        return errors.Count > 0 ? null : geometry;
    }

    private bool SwappedInside(Geometry source, int srid)
    {
        try
        {
            var region = _options.Validator.Options.Region;
            return source.Coordinates.All(c =>
            {
                var (lon, lat) = _transformer.Transform(c.Y, c.X, srid, GeometryServices.StorageSrid);
                return region.Contains(lon, lat);
            });
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            return false;
        }
    }

    private static string Text(Coordinate c) => string.Create(CultureInfo.InvariantCulture, $"{c.X:R} {c.Y:R}");

    private async Task CheckDuplicatesAsync(Geometry geometry, string name, string field, ImportResult result, IHomewardStore? store,
        List<ImportProblem> problems, CancellationToken cancellationToken)
    {
        var normalized = geometry.Copy();
        normalized.Normalize();
        var hash = Hash(normalized);
        if (_geometries.TryGetValue(hash, out var first))
        {
            foreach (var index in (int[])[first, .. _moreGeometries?.GetValueOrDefault(hash) ?? []])
            {
                var other = result.Items[index].Geometry!.Copy();
                other.Normalize();
                if (other.EqualsExact(normalized))
                {
                    problems.Add(new ImportProblem(name, field, null, new LonLat(geometry.Coordinate.X, geometry.Coordinate.Y),
                        $"the same geometry as item '{result.Items[index].ItemRef}' earlier in the file: a duplicate record."));
                    return;
                }
            }
        }

        if (store is not null && _options.Validator.Options.DuplicateCheckedKinds.Contains(_options.Kind))
        {
            _stored ??= await StoredIndexAsync(store, cancellationToken).ConfigureAwait(false);
            var candidates = _stored.Query(geometry.EnvelopeInternal);
            foreach (var duplicate in _options.Validator.FindDuplicates(_options.Kind, geometry, candidates))
            {
                var problem = new ImportProblem(name, field, null, duplicate.Location, duplicate.Message);
                if (duplicate.Kind == GeometryErrorKind.Duplicate)
                {
                    problems.Add(problem);
                    return;
                }

                result.WarningCount++;
                if (result.Warnings.Count < ProblemCap)
                {
                    result.Warnings.Add(problem);
                }
            }
        }

        // The item is added after this check succeeds, at the index the list has now. Different geometries that share a
        // hash are rare: they go to a second table, so that the common case costs one entry per record.
        if (!_geometries.TryAdd(hash, result.Items.Count))
        {
            _moreGeometries ??= [];
            if (!_moreGeometries.TryGetValue(hash, out var more))
            {
                more = [];
                _moreGeometries[hash] = more;
            }

            more.Add(result.Items.Count);
        }
    }

    /// <summary>
    /// The stored objects of the kind, indexed once: one read of the store instead of a query per record. Only the kinds
    /// checked for duplicates (hazardous areas) are read, and a deployment holds thousands of them, not millions.
    /// </summary>
    private async Task<STRtree<DomainObject>> StoredIndexAsync(IHomewardStore store, CancellationToken cancellationToken)
    {
        var index = new STRtree<DomainObject>();
        await foreach (var stored in store.ListAsync(_options.Kind, null, cancellationToken).ConfigureAwait(false))
        {
            if (stored.State.Geometry is { IsEmpty: false } g)
            {
                index.Insert(g.EnvelopeInternal, stored.State);
            }
        }

        index.Build();
        return index;
    }

    /// <summary>A 64-bit FNV-1a hash of a normalized geometry's type and coordinates; equal geometries hash alike.</summary>
    private static ulong Hash(Geometry geometry)
    {
        var hash = 14695981039346656037UL;
        void Mix(ulong value)
        {
            for (var i = 0; i < 8; i++)
            {
                hash = unchecked((hash ^ (value & 0xff)) * 1099511628211UL);
                value >>= 8;
            }
        }

        Mix((ulong)geometry.OgcGeometryType);
        foreach (var c in geometry.Coordinates)
        {
            Mix((ulong)BitConverter.DoubleToInt64Bits(c.X));
            Mix((ulong)BitConverter.DoubleToInt64Bits(c.Y));
        }

        return hash;
    }
}
