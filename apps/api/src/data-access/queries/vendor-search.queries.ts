// Vendor search's conditions over leaflets, kept in the layer because they name the
// privacy_leaflet table. They read only products' current leaflets, which are always
// published versions: everyone's to read, so no reader's rule narrows them.

/**
 * A vendor (organisation row `o`) whose every product has a published leaflet, none of
 * which names a location or sub-processor outside the EEA (leaflet.data_outside_eea).
 */
export const DATA_ONLY_IN_EEA = `(
  EXISTS (SELECT 1 FROM product ep WHERE ep.vendor_id = o.id)
  AND NOT EXISTS (
    SELECT 1 FROM product ep LEFT JOIN privacy_leaflet el ON el.id = ep.current_leaflet_id
     WHERE ep.vendor_id = o.id AND (el.id IS NULL OR el.data_outside_eea)))`;
