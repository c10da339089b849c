package uk.org.eelga.tenancy.signinprovider.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.Comparator;
import java.util.List;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.ActionRefused;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.NotFoundForCaller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilDomains;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.keycloak.KeycloakUnavailable;
import uk.org.eelga.tenancy.signinprovider.CouncilSignInProvider;
import uk.org.eelga.tenancy.signinprovider.CouncilSignInProviders;
import uk.org.eelga.tenancy.signinprovider.SignInProviderRequest;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Live;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.Tables;

/**
 * Which councils sign in with their own identity provider; association admins link and unlink them. Staff see
 * the list only.
 */
@Route("console/sign-in-providers")
@PageTitle("Councils' own sign-in | EELGA console")
@MenuEntry(label = "Councils' own sign-in", area = MenuEntry.Area.CONSOLE, order = 15)
@StaffPage
public class SignInProvidersView extends Page {

    private final CouncilSignInProviders providers;
    private final Caller user = Callers.current();
    private final Grid<CouncilSignInProvider> grid = new Grid<>();
    private final Paragraph outcome = Live.status(new Paragraph());

    SignInProvidersView(CouncilSignInProviders providers, CouncilDirectory councils, CouncilDomains domains) {
        super(
                "Councils' own sign-in",
                "A linked council's people type their work address on the sign-in page and are sent to"
                        + " their council's own identity provider (usually Microsoft Entra ID). The first time, they join"
                        + " their council as officers; their council's admin can change that on People and roles.");
        this.providers = providers;
        grid.addColumn(CouncilSignInProvider::councilName).setHeader("Council").setSortable(true);
        grid.addColumn(CouncilSignInProvider::domain).setHeader("Email domain");
        grid.addColumn(CouncilSignInProvider::issuer).setHeader("Sign-in address");
        grid.addColumn(CouncilSignInProvider::clientId).setHeader("Application ID");
        boolean admin = user.roles().contains(Role.ASSOCIATION_ADMIN);
        if (admin) {
            grid.addComponentColumn(this::unlinkButton).setHeader("Action").setKey("action");
        }
        grid.setAllRowsVisible(true);
        Tables.named(
                grid,
                "Councils linked to their own identity provider",
                "No council is linked to its own identity provider yet.");
        add(new H2("Linked councils"), grid, outcome);
        if (admin) {
            addLinkForm(councils, domains);
        }
        refresh();
    }

    private void addLinkForm(CouncilDirectory councils, CouncilDomains domains) {
        ComboBox<CouncilSummary> council = new ComboBox<>("Council");
        council.setItems(councils.all().stream()
                .filter(c -> c.status() == CouncilStatus.ACTIVE || c.status() == CouncilStatus.SUSPENDED)
                .sorted(Comparator.comparing(CouncilSummary::name))
                .toList());
        council.setItemLabelGenerator(CouncilSummary::name);
        council.setRequired(true);
        Select<String> domain = new Select<>();
        domain.setLabel("Email domain that signs in there");
        domain.setEmptySelectionAllowed(false);
        council.addValueChangeListener(change -> {
            List<String> own = change.getValue() == null
                    ? List.of()
                    : domains.of(TenantId.of(change.getValue().id()));
            domain.setItems(own);
            if (own.size() == 1) {
                domain.setValue(own.get(0));
            }
        });
        TextField discovery = limited(new TextField("Sign-in address of the council's provider"), Text.URL);
        discovery.setHelperText(
                "From the council's IT team, e.g. https://login.microsoftonline.com/<directory ID>/v2.0");
        discovery.setWidthFull();
        TextField clientId = limited(new TextField("Application ID"), 255);
        clientId.setHelperText("The application the council registered for the platform");
        PasswordField secret = new PasswordField("Application secret");
        secret.setHelperText("When changing an existing link, leave blank to keep the stored secret");
        TextField label = limited(new TextField("Button label (optional)"), Text.NAME);
        label.setHelperText("Shown on the sign-in page, e.g. \"Sign in with West Suffolk\"");
        Button link = new Button("Link council", click -> {
            if (council.getValue() == null) {
                outcome.setText("Choose a council.");
                return;
            }
            try {
                CouncilSignInProvider linked = providers.link(
                        user,
                        council.getValue().id(),
                        new SignInProviderRequest(
                                discovery.getValue(),
                                clientId.getValue(),
                                secret.getValue(),
                                domain.getValue(),
                                label.getValue()));
                secret.clear();
                outcome.setText(
                        linked.councilName() + " now signs in with its own provider for " + linked.domain() + ".");
                refresh();
            } catch (ActionRefused | NotFoundForCaller | KeycloakUnavailable e) {
                // Everything typed stays in the form, so the admin can correct it.
                outcome.setText(e.getMessage());
            }
        });
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Link a council"), council, domain, discovery, clientId, secret, label, link);
    }

    private Button unlinkButton(CouncilSignInProvider linked) {
        Button unlink = new Button("Unlink", click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader("Unlink " + linked.councilName() + "?");
            confirm.setText("Its people will sign in with a platform password again; those who never had one"
                    + " must use \"Forgot password\". Accounts and their data stay.");
            confirm.setCancelable(true);
            confirm.setConfirmText("Unlink");
            confirm.addConfirmListener(event -> {
                try {
                    providers.unlink(user, linked.councilId());
                    outcome.setText(linked.councilName() + " is no longer linked to its own provider.");
                } catch (ActionRefused | NotFoundForCaller | KeycloakUnavailable e) {
                    outcome.setText(e.getMessage());
                }
                refresh();
            });
            confirm.open();
        });
        unlink.getElement().setAttribute("aria-label", "Unlink " + linked.councilName());
        return unlink;
    }

    private void refresh() {
        grid.setItems(providers.all(user));
    }
}
