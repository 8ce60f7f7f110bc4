package extract

import (
	"strings"
	"testing"
)

// TestAccordionAndHelpBox checks an FAQ laid out as an accordion (the
// questions in <button>s inside headings named "accordion-header") keeps
// its questions, and that the help box after it (a heading, one sentence,
// an e-mail line, two button links) is cut, while a story's last section
// of the same length without buttons or a way to reach someone, or with
// two sentences, stays.
func TestAccordionAndHelpBox(t *testing.T) {
	faq := `<main><h1>Preguntas frecuentes sobre la matrícula</h1>
<p>Resolvemos las dudas más habituales sobre la matrícula de los grados de la universidad para el próximo curso.</p>
<div class="accordion">
<div class="accordion-item"><h3 class="accordion-header"><button class="accordion-button collapsed" type="button" aria-expanded="false">¿Cuándo se abre el plazo de matrícula?</button></h3><div class="accordion-collapse collapse"><div class="accordion-body">El plazo se abre el 20 de julio y se cierra el 31 de julio a las 14:00, para todos los grados.</div></div></div>
<div class="accordion-item"><h3 class="accordion-header"><button class="accordion-button collapsed" type="button" aria-expanded="false">¿Puedo pagar a plazos?</button></h3><div class="accordion-collapse collapse"><div class="accordion-body">Sí. Puedes pagar la matrícula en un único pago o en ocho plazos mensuales sin intereses.</div></div></div>
</div>
%s
</main>`
	help := `<div class="card"><div class="card-body"><h2 class="card-title">¿Necesitas ayuda?</h2><p>La Oficina de Matrícula atiende tus consultas de lunes a viernes de 9:00 a 14:00.</p><p>matricula@uni.test</p><a class="btn" href="/contacto/">Escríbenos</a> <a class="btn" href="/cita/">Pide cita</a></div></div>`
	section := `<div class="bloque"><h2>Después de la matrícula</h2><p>La universidad enviará el carné de estudiante por correo en septiembre a todos los alumnos nuevos.</p></div>`
	twoSentences := `<div class="aviso"><div class="aviso-cuerpo"><h2>Becas</h2><p>El Ministerio publica la convocatoria en marzo. La universidad la difunde en su web y por correo electrónico.</p><a class="btn" href="/becas/">Becas</a> <a class="btn" href="/ayudas/">Ayudas</a></div></div>`
	for _, tc := range []struct {
		name, box string
		want      []string
		wantNot   []string
	}{
		{"help box", help, []string{"¿Cuándo se abre el plazo de matrícula?", "¿Puedo pagar a plazos?", "ocho plazos mensuales"}, []string{"¿Necesitas ayuda?", "La Oficina de Matrícula atiende"}},
		{"last section without buttons", section, []string{"Después de la matrícula", "La universidad enviará el carné"}, nil},
		{"box of two sentences", twoSentences, []string{"Becas", "El Ministerio publica la convocatoria"}, nil},
	} {
		text := extractText(t, tc.name, strings.Replace(faq, "%s", tc.box, 1), "https://uni.test/matricula/faq/")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}
