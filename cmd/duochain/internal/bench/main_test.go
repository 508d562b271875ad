package bench

import (
	"testing"

	"github.com/duochain/duochain/services/pg/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }
