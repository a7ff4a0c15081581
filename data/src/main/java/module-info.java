/** JSON, CSV and TSV data files: plugins only, nothing exported. */
module dev.colophon.data {
    requires dev.colophon.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires static com.google.auto.service;

    provides dev.colophon.spi.DataReader with dev.colophon.data.CsvDataReader, dev.colophon.data.JsonDataReader;
}
