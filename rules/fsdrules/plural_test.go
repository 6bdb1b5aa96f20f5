package fsdrules

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/internal/testpeer"
)

// Slice names as they appear on entities layers, singular and plural.
var entityWords = strings.Fields(`
user users post posts comment comments order orders invoice invoices payment payments address addresses
status statuses news media data analytics settings setting session sessions product products category
categories company companies person people child children series species bus buses class classes box
boxes quiz quizzes hero heroes photo photos video videos leaf leaves life lives analysis analyses basis
criteria criterion index indices matrix vertex auth billing cart carts wishlist profile profiles account
accounts notification notifications message messages chat chats feed feeds tag tags search filter filters
campus virus viruses radius cactus focus menu menus tax taxes equipment information staff sheep fish
deer kudos goods clothes glasses lens lenses bonus bonuses alias aliases canvas gas atlas physics
economics team teams member members role roles permission permissions project projects task tasks
article articles review reviews rating ratings coupon coupons discount discounts shipment shipments
warehouse warehouses customer customers supplier suppliers employee employees country countries city
cities currency currencies language languages theme themes file files folder folders document documents
event events calendar calendars schedule schedules ticket tickets device devices sensor sensors
`)

// isPlural must agree with pluralize.isPlural (what Steiger uses) on
// common slice names.
func TestIsPluralMatchesPluralize(t *testing.T) {
	testpeer.Package(t, "pluralize")
	out := testpeer.RunNodeStdin(t, []byte(strings.Join(entityWords, "\n")), "pluralize-check.js")
	var want map[string]bool
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for _, w := range entityWords {
		if got := isPlural(w); got != want[w] {
			t.Errorf("isPlural(%q) = %v, pluralize says %v", w, got, want[w])
		}
	}
}
