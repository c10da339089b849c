package uk.org.eelga.platform.survey;

import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import uk.org.eelga.shared.Csv;
import uk.org.eelga.tenancy.Caller;

/**
 * CSV and XLSX exports of a survey's submitted responses, for association staff only. Anonymous surveys export
 * no council column. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
@Singleton
public class SurveyExport {

    private final SurveyResultsReader reader;

    SurveyExport(SurveyResultsReader reader) {
        this.reader = reader;
    }

    public String csv(Caller staff, long surveyId) {
        Csv csv = Csv.quotingEveryCell();
        rows(reader.export(staff, surveyId)).forEach(csv::row);
        return csv.text();
    }

    public byte[] xlsx(Caller staff, long surveyId) {
        SurveyResultsReader.Export export = reader.export(staff, surveyId);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "EELGA member platform", "1.0");
            write(workbook.newWorksheet("Responses"), rows(export));
            List<List<String>> summary = new ArrayList<>();
            summary.add(List.of("Question", "Answer", "Count"));
            for (SurveyResults.QuestionResult q : export.results().questions()) {
                for (SurveyResults.Count count : q.counts()) {
                    summary.add(List.of(q.number() + ". " + q.text(), count.label(), String.valueOf(count.count())));
                }
            }
            write(workbook.newWorksheet("Summary"), summary);
            List<List<String>> councils = new ArrayList<>();
            councils.add(List.of("Council", "Kind", "In audience", "Status", "Responses submitted"));
            for (SurveyResults.CouncilResponse c : export.results().councils()) {
                councils.add(List.of(
                        c.name(),
                        c.kind().label(),
                        c.inAudience() ? "Yes" : "No",
                        c.status().label(),
                        String.valueOf(c.submitted())));
            }
            write(workbook.newWorksheet("Councils"), councils);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(Worksheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r, c, rows.get(r).get(c));
            }
        }
    }

    static List<List<String>> rows(SurveyResultsReader.Export export) {
        Survey survey = export.survey();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        if (!survey.anonymous()) {
            header.add("Council");
            header.add("Submitted on");
        }
        survey.questions().forEach(q -> header.add(q.number() + ". " + q.text()));
        rows.add(header);
        for (SurveyResultsReader.Submitted response : export.responses()) {
            List<String> row = new ArrayList<>();
            if (!survey.anonymous()) {
                row.add(response.councilName());
                row.add(
                        response.submittedOn() == null
                                ? ""
                                : response.submittedOn().toString());
            }
            survey.questions()
                    .forEach(q -> row.add(String.join("; ", response.answers().getOrDefault(q.id(), List.of()))));
            rows.add(row);
        }
        return rows;
    }
}
