-- Stores scanned and embedded before EXIF Orientation was honoured hold a rotated JPEG's stored (sideways) width
-- and height, and vectors computed from sideways pixels.
-- An mtime no file has makes the next scan read every JPEG's header once more, as a changed file, which records
-- its upright size (and its content hash again when it is next embedded). Nothing else about the files changes.
UPDATE files SET mtime = -1 WHERE format = 'jpeg';
-- Vectors of JPEG content from any pixel embedder are made again from upright pixels (content statistics and
-- change maps are redone by `winnow embed`, which sees they lack the upright marker). Imported vectors came from
-- the user's own old cache and cannot be remade: they stay.
DELETE FROM embeddings
 WHERE embedder NOT LIKE 'import:%'
   AND content_hash IN (SELECT content_hash FROM files WHERE format = 'jpeg' AND content_hash IS NOT NULL);
