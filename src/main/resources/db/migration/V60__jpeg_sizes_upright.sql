-- Stores scanned before EXIF Orientation was honoured hold a rotated JPEG's stored (sideways) width and height.
-- An mtime no file has makes the next scan read every JPEG's header once more, as a changed file, which records
-- its upright size (and its content hash again when it is next embedded). Nothing else about the files changes.
UPDATE files SET mtime = -1 WHERE format = 'jpeg';
