package deploy

import (
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// Local models of the custom resources newsflow ships. They follow the
// upstream schemas for the fields newsflow uses (and their close
// neighbours); decoding is strict, so a misspelt or unsupported field fails
// instead of being dropped by the API server or ignored by the operator.

// ServiceMonitor is monitoring.coreos.com/v1 ServiceMonitor (Prometheus Operator).
type ServiceMonitor struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata"`
	Spec              ServiceMonitorSpec `json:"spec"`
}

// ServiceMonitorSpec is the subset of the upstream spec newsflow uses.
type ServiceMonitorSpec struct {
	JobLabel          string               `json:"jobLabel,omitempty"`
	Selector          metav1.LabelSelector `json:"selector"`
	NamespaceSelector *struct {
		Any        bool     `json:"any,omitempty"`
		MatchNames []string `json:"matchNames,omitempty"`
	} `json:"namespaceSelector,omitempty"`
	Endpoints []ServiceMonitorEndpoint `json:"endpoints"`
}

// ServiceMonitorEndpoint is one scrape endpoint.
type ServiceMonitorEndpoint struct {
	Port          string `json:"port,omitempty"`
	Path          string `json:"path,omitempty"`
	Scheme        string `json:"scheme,omitempty"`
	Interval      string `json:"interval,omitempty"`
	ScrapeTimeout string `json:"scrapeTimeout,omitempty"`
	HonorLabels   bool   `json:"honorLabels,omitempty"`
}

// PrometheusRule is monitoring.coreos.com/v1 PrometheusRule.
type PrometheusRule struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata"`
	Spec              struct {
		Groups []RuleGroup `json:"groups"`
	} `json:"spec"`
}

// RuleGroup is a Prometheus rule group as the operator accepts it.
type RuleGroup struct {
	Name     string `json:"name"`
	Interval string `json:"interval,omitempty"`
	Rules    []Rule `json:"rules"`
}

// Rule is an alerting or recording rule.
type Rule struct {
	Alert       string            `json:"alert,omitempty"`
	Record      string            `json:"record,omitempty"`
	Expr        string            `json:"expr"`
	For         string            `json:"for,omitempty"`
	Labels      map[string]string `json:"labels,omitempty"`
	Annotations map[string]string `json:"annotations,omitempty"`
}

// ScaledObject is keda.sh/v1alpha1 ScaledObject.
type ScaledObject struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata"`
	Spec              ScaledObjectSpec `json:"spec"`
}

// ScaledObjectSpec follows KEDA's v2 schema.
type ScaledObjectSpec struct {
	ScaleTargetRef struct {
		APIVersion string `json:"apiVersion,omitempty"`
		Kind       string `json:"kind,omitempty"`
		Name       string `json:"name"`
	} `json:"scaleTargetRef"`
	PollingInterval  *int32 `json:"pollingInterval,omitempty"`
	CooldownPeriod   *int32 `json:"cooldownPeriod,omitempty"`
	IdleReplicaCount *int32 `json:"idleReplicaCount,omitempty"`
	MinReplicaCount  *int32 `json:"minReplicaCount,omitempty"`
	MaxReplicaCount  *int32 `json:"maxReplicaCount,omitempty"`
	Fallback         *struct {
		FailureThreshold int32 `json:"failureThreshold"`
		Replicas         int32 `json:"replicas"`
	} `json:"fallback,omitempty"`
	Advanced *struct {
		RestoreToOriginalReplicaCount bool `json:"restoreToOriginalReplicaCount,omitempty"`
		HorizontalPodAutoscalerConfig *struct {
			Name     string                                         `json:"name,omitempty"`
			Behavior *autoscalingv2.HorizontalPodAutoscalerBehavior `json:"behavior,omitempty"`
		} `json:"horizontalPodAutoscalerConfig,omitempty"`
	} `json:"advanced,omitempty"`
	Triggers []ScaleTrigger `json:"triggers"`
}

// ScaleTrigger is one KEDA trigger.
type ScaleTrigger struct {
	Type              string            `json:"type"`
	Name              string            `json:"name,omitempty"`
	MetricType        string            `json:"metricType,omitempty"`
	UseCachedMetrics  bool              `json:"useCachedMetrics,omitempty"`
	Metadata          map[string]string `json:"metadata"`
	AuthenticationRef *struct {
		Name string `json:"name"`
		Kind string `json:"kind,omitempty"`
	} `json:"authenticationRef,omitempty"`
}

// NACKConnection is NACK's BaseStreamConfig (inlined in every spec).
type NACKConnection struct {
	PreventDelete bool     `json:"preventDelete,omitempty"`
	PreventUpdate bool     `json:"preventUpdate,omitempty"`
	Account       string   `json:"account,omitempty"`
	Creds         string   `json:"creds,omitempty"`
	Nkey          string   `json:"nkey,omitempty"`
	Servers       []string `json:"servers,omitempty"`
	TLSFirst      bool     `json:"tlsFirst,omitempty"`
	JsDomain      string   `json:"jsDomain,omitempty"`
}

// Stream is NACK's jetstream.nats.io/v1beta2 Stream.
type Stream struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata"`
	Spec              StreamSpec `json:"spec"`
}

// StreamSpec is the subset of NACK's StreamSpec newsflow uses.
type StreamSpec struct {
	Name              string            `json:"name"`
	Description       string            `json:"description,omitempty"`
	Subjects          []string          `json:"subjects,omitempty"`
	Retention         string            `json:"retention,omitempty"`
	MaxConsumers      int               `json:"maxConsumers,omitempty"`
	MaxMsgsPerSubject int               `json:"maxMsgsPerSubject,omitempty"`
	MaxMsgs           int               `json:"maxMsgs,omitempty"`
	MaxBytes          int               `json:"maxBytes,omitempty"`
	MaxAge            metav1.Duration   `json:"maxAge,omitzero"`
	MaxMsgSize        int               `json:"maxMsgSize,omitempty"`
	Storage           string            `json:"storage,omitempty"`
	Discard           string            `json:"discard,omitempty"`
	Replicas          int               `json:"replicas,omitempty"`
	NoAck             bool              `json:"noAck,omitempty"`
	DuplicateWindow   metav1.Duration   `json:"duplicateWindow,omitzero"`
	Compression       string            `json:"compression,omitempty"`
	DenyDelete        bool              `json:"denyDelete,omitempty"`
	DenyPurge         bool              `json:"denyPurge,omitempty"`
	AllowDirect       bool              `json:"allowDirect,omitempty"`
	Metadata          map[string]string `json:"metadata,omitempty"`
	NACKConnection    `json:",inline"`
}

// Consumer is NACK's jetstream.nats.io/v1beta2 Consumer.
type Consumer struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata"`
	Spec              ConsumerSpec `json:"spec"`
}

// ConsumerSpec is the subset of NACK's ConsumerSpec newsflow uses.
type ConsumerSpec struct {
	StreamName        string            `json:"streamName"`
	DurableName       string            `json:"durableName"`
	Description       string            `json:"description,omitempty"`
	DeliverPolicy     string            `json:"deliverPolicy,omitempty"`
	DeliverSubject    string            `json:"deliverSubject,omitempty"`
	AckPolicy         string            `json:"ackPolicy,omitempty"`
	AckWait           string            `json:"ackWait,omitempty"`
	MaxDeliver        int               `json:"maxDeliver,omitempty"`
	MaxAckPending     int               `json:"maxAckPending,omitempty"`
	MaxWaiting        int               `json:"maxWaiting,omitempty"`
	FilterSubject     string            `json:"filterSubject,omitempty"`
	FilterSubjects    []string          `json:"filterSubjects,omitempty"`
	ReplayPolicy      string            `json:"replayPolicy,omitempty"`
	BackOff           []string          `json:"backoff,omitempty"`
	InactiveThreshold string            `json:"inactiveThreshold,omitempty"`
	Replicas          int               `json:"replicas,omitempty"`
	MemStorage        bool              `json:"memStorage,omitempty"`
	Metadata          map[string]string `json:"metadata,omitempty"`
	NACKConnection    `json:",inline"`
}
