package extract

import (
	"fmt"
	"testing"
)

func TestZZ4(t *testing.T) {
	story := `<html><head><title>%s</title></head><body><main>%s</main></body></html>`
	cases := []struct{ name, title, body string }{
		{"consent de", "Zeitung", `<div class="cmp"><h2>Datenschutzeinstellungen</h2><p>Wir und unsere Partner verwenden Cookies, Geräteidentifikatoren und Nutzungsdatenverarbeitung für Werbeeinblendungen, Reichweitenmessung und Inhaltspersonalisierung. Mit Ihrer Einwilligung akzeptieren Sie die Datenverarbeitungsbestimmungen.</p><button>Alle akzeptieren</button><button>Einstellungen</button></div>`},
		{"404 zh", "页面未找到", `<h1>页面未找到</h1><p>抱歉，您访问的页面不存在或已被删除。请检查您输入的网址是否正确，或者返回首页继续浏览我们网站上的其他新闻内容。如果问题仍然存在，请联系我们的客服团队获取帮助。</p>`},
		{"404 ru", "Страница не найдена", `<h1>Ошибка 404</h1><p>К сожалению, запрашиваемая страница не найдена. Возможно, она была удалена, перемещена или временно недоступна. Проверьте правильность адреса или воспользуйтесь поиском.</p>`},
		{"login de", "Anmelden", `<h1>Anmeldung erforderlich</h1><p>Dieser Abonnementinhalt ist ausschließlich für registrierte Premiumabonnenten verfügbar. Bitte melden Sie sich mit Ihren Zugangsdaten an oder registrieren Sie sich kostenlos.</p>`},
	}
	for _, c := range cases {
		page := fmt.Sprintf(story, c.title, c.body)
		a, err := HTML([]byte(page), Input{URL: "https://news.test/a/1"})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("== %s [%v] %d\n%q", c.name, a.GetNonArticleReason(), a.GetWordCount(), a.GetParagraphs())
	}
}
