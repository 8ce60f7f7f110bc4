{{/* The services, in pipeline order. */}}
{{- define "newsflow.services" -}}
fetcher extractor classifier sink
{{- end -}}

{{- define "newsflow.labels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/component: {{ .name }}
app.kubernetes.io/part-of: newsflow
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/version: {{ .root.Values.image.tag | default .root.Chart.AppVersion | quote }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{- define "newsflow.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "newsflow.fullname" -}}
{{- if eq .root.Release.Name "newsflow" -}}{{ .name }}{{- else -}}{{ printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" }}{{- end -}}
{{- end -}}

{{- define "newsflow.image" -}}
{{- $tag := .root.Values.image.tag | default .root.Chart.AppVersion -}}
{{- $digest := index .root.Values.image.digests .name | default "" -}}
{{ .root.Values.image.registry }}/{{ .name }}:{{ $tag }}{{ if $digest }}@{{ $digest }}{{ end }}
{{- end -}}

{{- define "newsflow.common" -}}
{{- printf "%s-common" .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
